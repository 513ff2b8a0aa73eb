package org.sitrep.eval;

import java.util.List;

/**
 * How well a geocoder placed the toponyms of a gold set.
 *
 * @param mode      whether the geocoder was given the gold spans or found names itself
 * @param gold      gold toponyms
 * @param resolved  gold toponyms the geocoder placed somewhere (given spans: resolved; end to end: a
 *                  predicted mention overlaps the span)
 * @param predicted mentions the geocoder output (end to end, the found names; given spans, equal to resolved)
 * @param within161 resolved toponyms placed within 161 km (100 miles) of the truth
 * @param within25  resolved toponyms placed within 25 km of the truth
 * @param medianKm  median error of the resolved toponyms, km; NaN when none was resolved
 * @param meanKm    mean error of the resolved toponyms, km; NaN when none was resolved
 * @param misses    resolved toponyms placed more than 161 km off, and unresolved ones, in file order
 */
public record GeoScore(GeoScorer.Mode mode, int gold, int resolved, int predicted, int within161, int within25,
                       double medianKm, double meanKm, List<GeoMiss> misses) {
    /** Normalises the list. */
    public GeoScore {
        misses = List.copyOf(misses);
    }

    /** @return accuracy within 161 km over all gold toponyms (unresolved ones count as wrong) */
    public double accuracy161() {
        return gold == 0 ? 0 : within161 / (double) gold;
    }

    /** @return accuracy within 25 km over all gold toponyms */
    public double accuracy25() {
        return gold == 0 ? 0 : within25 / (double) gold;
    }

    /** @return the share of gold toponyms the geocoder resolved or found */
    public double recall() {
        return gold == 0 ? 0 : resolved / (double) gold;
    }

    /** @return the share of output mentions that overlap a gold toponym */
    public double precision() {
        return predicted == 0 ? 0 : resolved / (double) predicted;
    }
}
