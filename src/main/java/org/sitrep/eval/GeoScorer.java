package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.util.GeoMath;

/**
 * Scores geocoder output against geoparsing gold: accuracy within 161 km (the field's customary 100
 * miles) and 25 km, median and mean error, and how many gold toponyms were found. Thread-safe.
 */
public final class GeoScorer {
    /** The customary threshold of geoparsing accuracy: 100 miles. */
    public static final double HIT_KM = 161;
    /** The threshold Sitrep holds event locations to. */
    public static final double CLOSE_KM = 25;

    /** What the geocoder was given. */
    public enum Mode {
        /** The gold spans: only resolution is scored. */
        GOLD_SPANS,
        /** Only the text: finding the names and resolving them are scored together. */
        END_TO_END
    }

    /**
     * @param documents the gold documents
     * @param mode      what the geocoder is given; decides how its mentions meet the gold toponyms: the same
     *                  span for {@link Mode#GOLD_SPANS}, the first overlapping one for {@link Mode#END_TO_END}
     * @param geocoder  the mentions for a document
     * @return the score
     */
    public GeoScore score(List<GeoDocument> documents, Mode mode, Function<GeoDocument, List<PlaceMention>> geocoder) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(mode, "mode");
        int gold = 0;
        int predicted = 0;
        int within161 = 0;
        int within25 = 0;
        List<Double> errors = new ArrayList<>();
        List<GeoMiss> misses = new ArrayList<>();
        for (GeoDocument doc : documents) {
            List<PlaceMention> mentions = geocoder.apply(doc);
            predicted += mentions.size();
            for (GeoToponym t : doc.toponyms()) {
                gold++;
                PlaceMention m = meeting(mentions, t, mode);
                if (m == null) {
                    misses.add(new GeoMiss(doc.id(), t, null, Double.NaN));
                    continue;
                }
                double km = GeoMath.distanceKm(m.place().latitude(), m.place().longitude(), t.latitude(),
                        t.longitude());
                errors.add(km);
                within161 += km <= HIT_KM ? 1 : 0;
                within25 += km <= CLOSE_KM ? 1 : 0;
                if (km > HIT_KM) {
                    misses.add(new GeoMiss(doc.id(), t, describe(m.place()), km));
                }
            }
        }
        int resolved = errors.size();
        return new GeoScore(mode, gold, resolved, mode == Mode.GOLD_SPANS ? resolved : predicted, within161,
                within25, median(errors), errors.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                misses);
    }

    private static PlaceMention meeting(List<PlaceMention> mentions, GeoToponym t, Mode mode) {
        for (PlaceMention m : mentions) {
            boolean meets = mode == Mode.GOLD_SPANS ? m.start() == t.start() && m.end() == t.end()
                    : m.start() < t.end() && t.start() < m.end();
            if (meets) {
                return m;
            }
        }
        return null;
    }

    private static String describe(Place p) {
        return p.name() + (p.admin1() == null || p.admin1().equals(p.name()) ? "" : ", " + p.admin1()) + ", "
                + p.countryCode();
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
