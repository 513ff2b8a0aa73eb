package org.sitrep.geo;

/**
 * Settings of the {@link Geocoder}.
 *
 * @param maxNameWords              the longest place name tried, in words; default {@value #DEFAULT_MAX_NAME_WORDS}
 * @param focusWeight               score added to a candidate in the document's main country, scaled by that
 *                                  country's share of the document; default {@value #DEFAULT_FOCUS_WEIGHT}
 * @param minPopulationWithoutCue   a place outside the document's countries, with no context in the text (its
 *                                  container written next to it, its country named, another place near it), is
 *                                  kept only when it is a capital or at least this populous; so is a word of an
 *                                  institution's name ("Palace of Justice"); default
 *                                  {@value #DEFAULT_MIN_POPULATION_WITHOUT_CUE}
 */
public record GeocoderConfig(int maxNameWords, double focusWeight, long minPopulationWithoutCue) {
    /** Long enough for "Democratic Republic of the Congo". */
    public static final int DEFAULT_MAX_NAME_WORDS = 6;
    /** Outweighs a 1000-fold population difference (0.4 per power of ten) when the country dominates. */
    public static final double DEFAULT_FOCUS_WEIGHT = 3.0;
    /** Keeps big cities named in passing and drops small towns abroad that share a surname or a common word. */
    public static final long DEFAULT_MIN_POPULATION_WITHOUT_CUE = 100_000;
    /** The defaults above. */
    public static final GeocoderConfig DEFAULT = new GeocoderConfig(DEFAULT_MAX_NAME_WORDS, DEFAULT_FOCUS_WEIGHT,
            DEFAULT_MIN_POPULATION_WITHOUT_CUE);

    /** @throws IllegalArgumentException if a value is out of range */
    public GeocoderConfig {
        if (maxNameWords < 1) {
            throw new IllegalArgumentException("maxNameWords must be at least 1, was " + maxNameWords);
        }
        if (focusWeight < 0 || minPopulationWithoutCue < 0) {
            throw new IllegalArgumentException("focusWeight and minPopulationWithoutCue must not be negative");
        }
    }
}
