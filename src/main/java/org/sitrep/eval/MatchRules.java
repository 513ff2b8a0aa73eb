package org.sitrep.eval;

/**
 * The tolerances of {@code formats.md} for matching predicted events to gold and for scoring coordinates.
 *
 * @param dayToleranceDays         how far apart (days) the dates of a match may be when the gold day is known
 * @param weekToleranceDays        the same when the gold date is known to the week (time precision 2)
 * @param matchRadiusKm            how far apart (km) the points of a match may be when both have coordinates
 * @param coordinateToleranceKm    how far (km) predicted coordinates may be from gold to count as correct
 */
public record MatchRules(int dayToleranceDays, int weekToleranceDays, double matchRadiusKm,
                         double coordinateToleranceKm) {
    /** Dates of a match at most 1 day apart when the gold day is known. */
    public static final int DEFAULT_DAY_TOLERANCE_DAYS = 1;
    /** Dates of a match at most 7 days apart when the gold date has week precision. */
    public static final int DEFAULT_WEEK_TOLERANCE_DAYS = 7;
    /** Points of a match at most 50 km apart. */
    public static final double DEFAULT_MATCH_RADIUS_KM = 50.0;
    /** Coordinates within 25 km of gold are correct. */
    public static final double DEFAULT_COORDINATE_TOLERANCE_KM = 25.0;
    /** The rules of {@code formats.md}. */
    public static final MatchRules DEFAULT = new MatchRules(DEFAULT_DAY_TOLERANCE_DAYS,
            DEFAULT_WEEK_TOLERANCE_DAYS, DEFAULT_MATCH_RADIUS_KM, DEFAULT_COORDINATE_TOLERANCE_KM);

    /** @throws IllegalArgumentException if a tolerance is negative */
    public MatchRules {
        if (dayToleranceDays < 0 || weekToleranceDays < 0 || !(matchRadiusKm >= 0)
                || !(coordinateToleranceKm >= 0)) {
            throw new IllegalArgumentException("tolerances must not be negative");
        }
    }
}
