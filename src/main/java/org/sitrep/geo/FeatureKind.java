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
    LANDMARK
}
