package org.sitrep.geo;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.TestSitrep;
import org.sitrep.eval.GeoDocument;
import org.sitrep.eval.GeoGoldReader;
import org.sitrep.eval.GeoScorer;
import org.sitrep.lang.Language;
import org.sitrep.nlp.AnnotatedArticle;

/**
 * Developer tool, not a test: fits {@link RankWeights} by coordinate search on one geoparsing gold file
 * (accuracy within 161 km given the gold spans) and reports the result on the others, which the fit never
 * sees.
 *
 * <pre>{@code
 * java -cp target/classes:target/test-classes:target/lib/* org.sitrep.geo.GeoWeightFitter \
 *     ../shared/geo/lgl.jsonl ../shared/geo/trnews.jsonl ../shared/geo/gwn.jsonl
 * }</pre>
 */
final class GeoWeightFitter {
    private static final double[] FACTORS = {0.5, 0.75, 1.25, 1.5, 2.0};
    private static final int PASSES = 2;

    private GeoWeightFitter() {
    }

    public static void main(String[] args) {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        List<GeoDocument> fit = new GeoGoldReader().read(Path.of(args[0]));
        double[] best = RankWeights.DEFAULT.toArray();
        double bestScore = accuracy(gazetteer, fit, best);
        System.out.printf(Locale.ROOT, "start %s -> %.4f%n", Arrays.toString(best), bestScore);
        for (int pass = 0; pass < PASSES; pass++) {
            for (int k = 0; k < best.length; k++) {
                double base = best[k];
                for (double f : FACTORS) {
                    double[] trial = best.clone();
                    trial[k] = base * f;
                    double score = accuracy(gazetteer, fit, trial);
                    if (score > bestScore + 1e-9) {
                        best = trial;
                        bestScore = score;
                        System.out.printf(Locale.ROOT, "  weight %d = %.3f -> %.4f%n", k, trial[k], score);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "fitted %s -> %.4f on %s%n", Arrays.toString(best), bestScore, args[0]);
        for (int i = 1; i < args.length; i++) {
            List<GeoDocument> held = new GeoGoldReader().read(Path.of(args[i]));
            System.out.printf(Locale.ROOT, "held out %s: default %.4f, fitted %.4f%n", args[i],
                    accuracy(gazetteer, held, RankWeights.DEFAULT.toArray()), accuracy(gazetteer, held, best));
        }
    }

    /** The shallow layer of each text, read once: the fit runs the geocoder many times over the same texts. */
    private static final Map<GeoDocument, AnnotatedArticle> ANNOTATED = new IdentityHashMap<>();

    private static double accuracy(Gazetteer gazetteer, List<GeoDocument> docs, double[] weights) {
        Geocoder geocoder = new Geocoder(gazetteer, GeocoderConfig.DEFAULT.withWeights(RankWeights.of(weights)),
                Language.english());
        return new GeoScorer().score(docs, GeoScorer.Mode.GOLD_SPANS, d -> geocoder.resolve(annotated(d),
                d.spans())).accuracy161();
    }

    private static AnnotatedArticle annotated(GeoDocument d) {
        return ANNOTATED.computeIfAbsent(d, k -> TestSitrep.get().annotateShallow(k.article()));
    }
}
