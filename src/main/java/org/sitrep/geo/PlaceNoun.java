package org.sitrep.geo;

/**
 * The place noun written after a name ("Sherzad district", "Balkh province"), which tells what kind of
 * place is meant and how precise the location is. Which words are which noun is the language's: see the
 * bundle's {@code geo-place-nouns} table.
 */
public enum PlaceNoun {
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
    public FeatureKind prefers() {
        return prefers;
    }

    /** @return true for the nouns of a second-level division: "district", "district center" */
    public boolean isDistrict() {
        return this == DISTRICT || this == DISTRICT_CENTRE;
    }

    /** @return the precision the noun implies, or null for {@link #NONE} */
    public GeoPrecision precision() {
        return precision;
    }

    /**
     * @param kind the noun's name as the language bundle's place-noun table gives it ({@code DISTRICT},
     *             {@code DIVISION}, {@code SETTLEMENT}); null for a word that is no place noun
     * @return the noun; {@link #NONE} for null
     * @throws IllegalArgumentException if the kind names no noun
     */
    static PlaceNoun ofKind(String kind) {
        return kind == null ? NONE : valueOf(kind);
    }
}
