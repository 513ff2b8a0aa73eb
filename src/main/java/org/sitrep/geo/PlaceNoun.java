package org.sitrep.geo;

import java.util.Locale;

/**
 * The place noun written after a name ("Sherzad district", "Balkh province"), which tells what kind of
 * place is meant and how precise the location is.
 */
enum PlaceNoun {
    /** No place noun. */
    NONE(null, null),
    /** "district", "county": the district's centre stands for an area around it. */
    DISTRICT(FeatureKind.CITY, GeoPrecision.NEAR),
    /** "district center", "district centre": the district's seat, a town. */
    DISTRICT_CENTRE(FeatureKind.CITY, GeoPrecision.SITE),
    /** "province", "governorate", "region", "state": the first-level division. */
    DIVISION(FeatureKind.ADMIN1, GeoPrecision.REGION),
    /** "city", "town", "village": the settlement itself. */
    SETTLEMENT(FeatureKind.CITY, GeoPrecision.SITE),
    /** "the Iraqi capital", "the capital": a country's capital city, named by the phrase, not by a name. */
    CAPITAL(FeatureKind.CITY, GeoPrecision.SITE);

    private final FeatureKind prefers;
    private final GeoPrecision precision;

    PlaceNoun(FeatureKind prefers, GeoPrecision precision) {
        this.prefers = prefers;
        this.precision = precision;
    }

    /** @return the kind of entry the noun points to, or null for {@link #NONE} */
    FeatureKind prefers() {
        return prefers;
    }

    /** @return true for the nouns of a second-level division: "district", "district center" */
    boolean isDistrict() {
        return this == DISTRICT || this == DISTRICT_CENTRE;
    }

    /** @return the precision the noun implies, or null for {@link #NONE} */
    GeoPrecision precision() {
        return precision;
    }

    static PlaceNoun of(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "district", "districts", "county", "subdistrict", "sub-district" -> DISTRICT;
            case "province", "governorate", "region", "state", "provinces", "governorates", "regions", "states" -> DIVISION;
            case "city", "town", "village", "township", "municipality", "cities", "towns", "villages" -> SETTLEMENT;
            default -> NONE;
        };
    }
}
