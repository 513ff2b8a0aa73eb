package org.sitrep.geo;

import org.sitrep.stage.Stages;

/**
 * Settings of the {@link Geocoder}.
 *
 * @param maxNameWords              the longest place name tried, in words; default {@value #DEFAULT_MAX_NAME_WORDS}
 * @param minPopulationWithoutCue   a place outside the document's countries, with no context in the text (its
 *                                  container written next to it, its country named, another place near it), is
 *                                  kept only when it is a capital or at least this populous; so is a word of an
 *                                  institution's name ("Palace of Justice"); default
 *                                  {@value #DEFAULT_MIN_POPULATION_WITHOUT_CUE}
 * @param weights                   the ranking score's weights; default {@link RankWeights#DEFAULT}
 * @param outletWeight              how many mentions of its country the outlet's own country is worth
 *                                  ({@link Outlet}); default {@value #DEFAULT_OUTLET_WEIGHT}
 * @param finder                    the {@link ToponymFinder}: {@value org.sitrep.stage.Stages#RULES} or the name of
 *                                  a class with a public constructor taking a {@link GeoStageContext}, or none
 * @param resolver                  the {@link ToponymResolver}, named the same way
 */
public record GeocoderConfig(int maxNameWords, long minPopulationWithoutCue, RankWeights weights,
                             double outletWeight, String finder, String resolver) {
    /** Long enough for "Democratic Republic of the Congo". */
    public static final int DEFAULT_MAX_NAME_WORDS = 6;
    /** Keeps big cities named in passing and drops small towns abroad that share a surname or a common word. */
    public static final long DEFAULT_MIN_POPULATION_WITHOUT_CUE = 100_000;
    /** A Canadian paper's story is set in Canada unless the text says otherwise about as firmly as once. */
    public static final double DEFAULT_OUTLET_WEIGHT = 1.0;
    /** The defaults above. */
    public static final GeocoderConfig DEFAULT = new GeocoderConfig(DEFAULT_MAX_NAME_WORDS,
            DEFAULT_MIN_POPULATION_WITHOUT_CUE, RankWeights.DEFAULT, DEFAULT_OUTLET_WEIGHT, Stages.RULES,
            Stages.RULES);

    /**
     * The rule stages for finding and resolving toponyms.
     *
     * @param maxNameWords            the longest place name tried, in words
     * @param minPopulationWithoutCue the population a place needs to be kept without context
     * @param weights                 the ranking score's weights
     * @param outletWeight            how many mentions of its country the outlet's own country is worth
     */
    public GeocoderConfig(int maxNameWords, long minPopulationWithoutCue, RankWeights weights, double outletWeight) {
        this(maxNameWords, minPopulationWithoutCue, weights, outletWeight, Stages.RULES, Stages.RULES);
    }

    /**
     * @param replacement other ranking weights
     * @return this config with those weights
     */
    public GeocoderConfig withWeights(RankWeights replacement) {
        return new GeocoderConfig(maxNameWords, minPopulationWithoutCue, replacement, outletWeight, finder, resolver);
    }

    /**
     * @param finderName   the toponym finder to use
     * @param resolverName the toponym resolver to use
     * @return this config with those stages
     */
    public GeocoderConfig withStages(String finderName, String resolverName) {
        return new GeocoderConfig(maxNameWords, minPopulationWithoutCue, weights, outletWeight, finderName,
                resolverName);
    }

    /**
     * @throws IllegalArgumentException if a value is out of range
     * @throws NullPointerException if a stage name is null
     */
    public GeocoderConfig {
        java.util.Objects.requireNonNull(finder, "finder");
        java.util.Objects.requireNonNull(resolver, "resolver");
        if (maxNameWords < 1) {
            throw new IllegalArgumentException("maxNameWords must be at least 1, was " + maxNameWords);
        }
        if (minPopulationWithoutCue < 0) {
            throw new IllegalArgumentException("minPopulationWithoutCue must not be negative, was "
                    + minPopulationWithoutCue);
        }
        java.util.Objects.requireNonNull(weights, "weights");
        if (outletWeight < 0 || Double.isNaN(outletWeight)) {
            throw new IllegalArgumentException("outletWeight must not be negative, was " + outletWeight);
        }
    }
}
