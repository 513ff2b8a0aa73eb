package org.sitrep.time;

/**
 * Which occurrence a date without a year or week ("Sunday", "January 3", "in October") stands for.
 */
public enum TenseBias {
    /**
     * The most recent occurrence on or before the publication day: news reports events that
     * already happened. A month-and-day may still fall a few days after publication,
     * see {@link DateResolverConfig#futureSlackDays()}.
     */
    PAST,
    /** The occurrence closest to the publication day, before or after; ties go to the past. */
    NEAREST
}
