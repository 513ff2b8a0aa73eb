package org.sitrep.geo;

/**
 * What kind of place a gazetteer entry is.
 */
public enum FeatureKind {
    /** A populated place: city, town, village. */
    CITY,
    /** A first-level division: province, governorate, state. */
    ADMIN1,
    /** A second-level division: district, county. */
    ADMIN2,
    /** A sovereign country or territory. */
    COUNTRY,
    /** A named site: a green zone, airport, base, border crossing, camp. */
    LANDMARK,
    /**
     * A continent or world region spanning countries ("Europe", "the Middle East"); its country code and
     * country name are empty. It places a name but never locates an event.
     */
    REGION;

    /**
     * @return how precisely an entry of this kind locates something: 5 for a landmark, 4 a town, 3 a
     *         district, 2 a province, 1 a country, 0 a region spanning countries
     */
    public int specificity() {
        return switch (this) {
            case LANDMARK -> 5;
            case CITY -> 4;
            case ADMIN2 -> 3;
            case ADMIN1 -> 2;
            case COUNTRY -> 1;
            case REGION -> 0;
        };
    }
}
