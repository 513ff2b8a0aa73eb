package org.sitrep.geo;

/**
 * The weights of the geocoder's ranking score: what each reader's clue is worth when a name has several
 * readings. A reading scores the sum of its clues; the best-scoring supported reading wins. The defaults
 * were fitted on the LGL corpus by coordinate search and checked on TR-News and GeoWebNews, which the fit
 * did not see ({@code GeoWeightFitter} in the tests).
 *
 * @param perPowerOfTen      per power of ten of population; default {@value #DEFAULT_PER_POWER_OF_TEN}
 * @param countryFocus       times the reading's country's share of the document's countries (1 for the
 *                           leading one); default {@value #DEFAULT_COUNTRY_FOCUS}
 * @param divisionFocus      times the reading's first-level division's share of the divisions the document's
 *                           names can share; default {@value #DEFAULT_DIVISION_FOCUS}
 * @param country            for being a country or a region spanning countries; default {@value #DEFAULT_COUNTRY}
 * @param division           for being a first-level division not named after its own seat; default
 *                           {@value #DEFAULT_DIVISION}
 * @param capital            for being a national capital; default {@value #DEFAULT_CAPITAL}
 * @param ownName            for being called by its own name rather than an alternate one; default
 *                           {@value #DEFAULT_OWN_NAME}
 * @param neighbour          per other name of the text readable within 80 km (at most 3); default
 *                           {@value #DEFAULT_NEIGHBOUR}
 */
public record RankWeights(double perPowerOfTen, double countryFocus, double divisionFocus, double country,
                          double division, double capital, double ownName, double neighbour) {
    /** Default population weight: a thousand-fold bigger town scores 1.5 more. */
    public static final double DEFAULT_PER_POWER_OF_TEN = 0.5;
    /** Default weight of the document's countries. */
    public static final double DEFAULT_COUNTRY_FOCUS = 1.125;
    /** Default weight of the document's leading division. */
    public static final double DEFAULT_DIVISION_FOCUS = 1.875;
    /** Default prominence of countries: a country's name mostly means the country. */
    public static final double DEFAULT_COUNTRY = 5.0;
    /** Default prominence of divisions: "Texas" is the state, not a village. */
    public static final double DEFAULT_DIVISION = 3.0;
    /** Default prominence of capitals: news names them far more than their namesakes. */
    public static final double DEFAULT_CAPITAL = 1.5;
    /** Default weight of a place's own name. */
    public static final double DEFAULT_OWN_NAME = 1.25;
    /** Default weight per neighbouring name. */
    public static final double DEFAULT_NEIGHBOUR = 0.7;
    /** The defaults above. */
    public static final RankWeights DEFAULT = new RankWeights(DEFAULT_PER_POWER_OF_TEN, DEFAULT_COUNTRY_FOCUS,
            DEFAULT_DIVISION_FOCUS, DEFAULT_COUNTRY, DEFAULT_DIVISION, DEFAULT_CAPITAL, DEFAULT_OWN_NAME,
            DEFAULT_NEIGHBOUR);

    /** @throws IllegalArgumentException if a weight is negative */
    public RankWeights {
        for (double w : new double[] {perPowerOfTen, countryFocus, divisionFocus, country, division, capital, ownName,
                neighbour}) {
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("ranking weights must not be negative, got " + w);
            }
        }
    }

    /** @return the weights as an array, in component order, for fitting */
    public double[] toArray() {
        return new double[] {perPowerOfTen, countryFocus, divisionFocus, country, division, capital, ownName,
                neighbour};
    }

    /**
     * @param w eight weights in component order
     * @return the weights
     * @throws IllegalArgumentException if there are not eight or one is negative
     */
    public static RankWeights of(double[] w) {
        if (w.length != 8) {
            throw new IllegalArgumentException("expected 8 ranking weights, got " + w.length);
        }
        return new RankWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]);
    }
}
