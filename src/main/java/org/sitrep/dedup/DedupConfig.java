package org.sitrep.dedup;

import java.util.Objects;
import org.sitrep.stage.Stages;

/**
 * The rules by which two reports count as one article or one event, and which implementations of the matching
 * and fusion stages apply them.
 *
 * @param maxDistanceKm   the farthest apart two precisely located reports of one event may be, in km
 *                        (default {@value #DEFAULT_MAX_DISTANCE_KM})
 * @param dayTolerance    how many days two day-precise dates may differ (default {@value #DEFAULT_DAY_TOLERANCE});
 *                        week and month precision widen this to their whole week or month
 * @param minSimilarity   the estimated share of three-word shingles two texts must have in common to be
 *                        near-duplicates, 0..1 (default {@value #DEFAULT_MIN_SIMILARITY})
 * @param minShingleWords the fewest words a text needs for near-duplicate detection
 *                        (default {@value #DEFAULT_MIN_SHINGLE_WORDS}): short texts collide by chance
 * @param matcher         the {@link EventMatcher}: {@value #RULES} for today's rules, or the name of a class
 *                        implementing it (see {@link DedupStages}); default {@value #DEFAULT_MATCHER}
 * @param fusion          the {@link EventFusion}, named the same way; default {@value #DEFAULT_FUSION}
 */
public record DedupConfig(double maxDistanceKm, int dayTolerance, double minSimilarity, int minShingleWords,
                          String matcher, String fusion) {
    /** The name of the built-in rule implementation of a stage. */
    public static final String RULES = Stages.RULES;
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
    /** Cross-document matching by today's rules. */
    public static final String DEFAULT_MATCHER = RULES;
    /** Fusion by today's rules. */
    public static final String DEFAULT_FUSION = RULES;
    /** The defaults above. */
    public static final DedupConfig DEFAULT = new DedupConfig(DEFAULT_MAX_DISTANCE_KM, DEFAULT_DAY_TOLERANCE,
            DEFAULT_MIN_SIMILARITY, DEFAULT_MIN_SHINGLE_WORDS);

    /**
     * @throws IllegalArgumentException if a value is out of range or an implementation name is blank
     * @throws NullPointerException     if an implementation name is null
     */
    public DedupConfig {
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(fusion, "fusion");
        if (!(maxDistanceKm > 0) || dayTolerance < 0 || !(minSimilarity > 0 && minSimilarity <= 1)
                || minShingleWords < 3 || matcher.isBlank() || fusion.isBlank()) {
            throw new IllegalArgumentException("bad dedup config: distance " + maxDistanceKm + " km, "
                    + dayTolerance + " days, similarity " + minSimilarity + ", " + minShingleWords + " words, matcher '"
                    + matcher + "', fusion '" + fusion + "'");
        }
    }

    /**
     * These tolerances with today's rules for matching and fusion.
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public DedupConfig(double maxDistanceKm, int dayTolerance, double minSimilarity, int minShingleWords) {
        this(maxDistanceKm, dayTolerance, minSimilarity, minShingleWords, DEFAULT_MATCHER, DEFAULT_FUSION);
    }

    /**
     * @param name a matcher name, as for {@link #matcher()}
     * @return this configuration with that matcher
     */
    public DedupConfig withMatcher(String name) {
        return new DedupConfig(maxDistanceKm, dayTolerance, minSimilarity, minShingleWords, name, fusion);
    }

    /**
     * @param name a fusion name, as for {@link #fusion()}
     * @return this configuration with that fusion
     */
    public DedupConfig withFusion(String name) {
        return new DedupConfig(maxDistanceKm, dayTolerance, minSimilarity, minShingleWords, matcher, name);
    }
}
