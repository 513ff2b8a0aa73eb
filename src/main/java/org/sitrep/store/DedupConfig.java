package org.sitrep.store;

/**
 * The rules by which two reports count as one article or one event.
 *
 * @param maxDistanceKm   the farthest apart two precisely located reports of one event may be, in km
 *                        (default {@value #DEFAULT_MAX_DISTANCE_KM})
 * @param dayTolerance    how many days two day-precise dates may differ (default {@value #DEFAULT_DAY_TOLERANCE});
 *                        week and month precision widen this to their whole week or month
 * @param minSimilarity   the estimated share of three-word shingles two texts must have in common to be
 *                        near-duplicates, 0..1 (default {@value #DEFAULT_MIN_SIMILARITY})
 * @param minShingleWords the fewest words a text needs for near-duplicate detection
 *                        (default {@value #DEFAULT_MIN_SHINGLE_WORDS}): short texts collide by chance
 */
public record DedupConfig(double maxDistanceKm, int dayTolerance, double minSimilarity, int minShingleWords) {
    /** Reports of one event are at most this far apart, km (ACLED's site precision is a town). */
    public static final double DEFAULT_MAX_DISTANCE_KM = 25.0;
    /** Reports of one day-precise event differ by at most one day (late-night events, time zones). */
    public static final int DEFAULT_DAY_TOLERANCE = 1;
    /**
     * Near-duplicates share at least 70 % of their shingles: a syndicated copy with a new dateline and a few
     * words changed shares about 90 %, two outlets' own reports of one event far less.
     */
    public static final double DEFAULT_MIN_SIMILARITY = 0.7;
    /** Texts shorter than this many words are compared only exactly. */
    public static final int DEFAULT_MIN_SHINGLE_WORDS = 20;
    /** The defaults above. */
    public static final DedupConfig DEFAULT = new DedupConfig(DEFAULT_MAX_DISTANCE_KM, DEFAULT_DAY_TOLERANCE,
            DEFAULT_MIN_SIMILARITY, DEFAULT_MIN_SHINGLE_WORDS);

    /** @throws IllegalArgumentException if a value is out of range */
    public DedupConfig {
        if (!(maxDistanceKm > 0) || dayTolerance < 0 || !(minSimilarity > 0 && minSimilarity <= 1)
                || minShingleWords < 3) {
            throw new IllegalArgumentException("bad dedup config: distance " + maxDistanceKm + " km, "
                    + dayTolerance + " days, similarity " + minSimilarity + ", " + minShingleWords + " words");
        }
    }
}
