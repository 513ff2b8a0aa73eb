package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.cli.internal.Lazy;
import org.sitrep.eval.GeoDocument;
import org.sitrep.eval.GeoGoldReader;
import org.sitrep.eval.GeoMiss;
import org.sitrep.eval.GeoScore;
import org.sitrep.eval.GeoScorer;
import org.sitrep.geo.PlaceMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep eval-geo}: scores the geocoder on geoparsing gold (LGL, TR-News, GeoWebNews format).
 */
@Command(name = "eval-geo", mixinStandardHelpOptions = true,
        description = {"Scores place resolution on geoparsing gold: JSON lines with 'id', 'text' and",
                "'toponyms' [{start, end, latitude, longitude}]. Prints accuracy within 161 km and 25 km, median",
                "and mean error of the resolved toponyms, and the share of gold toponyms resolved: given the",
                "gold spans, and end to end (Sitrep finds the names itself, with CoreNLP's NER)."})
public final class EvalGeoCommand implements Callable<Integer> {
    /** Which of the two evaluations to run. */
    enum Modes { SPANS, TEXT, BOTH }

    @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl", description = "geoparsing gold files")
    private List<Path> goldFiles;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "spans (given the gold spans), text (end to end) or both; default: ${DEFAULT-VALUE}")
    private Modes mode = Modes.BOTH;

    @Option(names = "--verbose", description = "a line per toponym placed more than 161 km off or not at all")
    private boolean verbose;

    @Override
    public Integer call() {
        Lazy<Sitrep> sitrep = new Lazy<>(() -> Sitrep.load(SitrepConfig.DEFAULT));
        for (Path file : goldFiles) {
            List<GeoDocument> docs = new GeoGoldReader().read(file);
            if (mode != Modes.TEXT) {
                report(file, new GeoScorer().score(docs, GeoScorer.Mode.GOLD_SPANS,
                        d -> sitrep.get().geocode(d.article(), d.spans())));
            }
            if (mode != Modes.SPANS) {
                Function<GeoDocument, List<PlaceMention>> endToEnd = d -> sitrep.get().geocode(d.article());
                report(file, new GeoScorer().score(docs, GeoScorer.Mode.END_TO_END, endToEnd));
            }
        }
        return 0;
    }

    private void report(Path file, GeoScore s) {
        String mode = s.mode() == GeoScorer.Mode.GOLD_SPANS ? "given gold spans" : "end to end";
        System.out.printf(Locale.ROOT, "%s, %s: %d gold toponyms%n", file.getFileName(), mode, s.gold());
        System.out.printf(Locale.ROOT, "  accuracy within 161 km  %.3f   within 25 km  %.3f%n", s.accuracy161(),
                s.accuracy25());
        System.out.printf(Locale.ROOT, "  error of resolved       median %.0f km   mean %.0f km%n", s.medianKm(),
                s.meanKm());
        if (s.mode() == GeoScorer.Mode.GOLD_SPANS) {
            System.out.printf(Locale.ROOT, "  resolved                %.3f (%d)%n", s.recall(), s.resolved());
        } else {
            System.out.printf(Locale.ROOT, "  found                   %.3f (%d of %d), precision %.3f (%d mentions)%n",
                    s.recall(), s.resolved(), s.gold(), s.precision(), s.predicted());
        }
        if (verbose) {
            for (GeoMiss m : s.misses()) {
                System.out.printf(Locale.ROOT, "  miss %s @%d %-22s -> %s%s%n", m.documentId(), m.toponym().start(),
                        m.toponym().text(), m.placed() == null ? "(none)" : m.placed(),
                        Double.isNaN(m.errorKm()) ? "" : String.format(Locale.ROOT, " (%.0f km)", m.errorKm()));
            }
        }
    }
}
