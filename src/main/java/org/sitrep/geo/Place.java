package org.sitrep.geo;

import java.util.Objects;

/**
 * A gazetteer entry: a named place with its country, first-level division and coordinates.
 *
 * @param name        the place's preferred English name, e.g. {@code Baghdad - Green Zone} or {@code Kabul}
 * @param countryCode ISO 3166-1 alpha-2 code, e.g. {@code IQ}; empty for a {@link FeatureKind#REGION}
 * @param country     English short country name, e.g. {@code Iraq}; empty for a {@link FeatureKind#REGION}
 * @param admin1      first-level division name, or null when unknown or when the place is a country
 * @param latitude    WGS84 latitude in decimal degrees
 * @param longitude   WGS84 longitude in decimal degrees
 * @param geonameId   the GeoNames id, or 0 for entries not from GeoNames (landmarks)
 * @param feature     what kind of place this is
 * @param population  inhabitants as GeoNames records them; 0 when unknown
 */
public record Place(String name, String countryCode, String country, String admin1,
                    double latitude, double longitude, long geonameId, FeatureKind feature, long population) {
    /** @throws NullPointerException if name, country code, country or feature is null */
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(feature, "feature");
    }
}
