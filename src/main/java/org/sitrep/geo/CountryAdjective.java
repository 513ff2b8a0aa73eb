package org.sitrep.geo;

import java.util.Objects;

/**
 * A word that names a country only as a qualifier: a demonym ("Iraqi") or a code used as an adjective
 * ("US embassy"). It names no location, but it is evidence of the country a story is about.
 *
 * @param start       offset of the word in the text
 * @param end         offset one past it
 * @param countryCode the ISO 3166-1 alpha-2 code of the country it names
 */
public record CountryAdjective(int start, int end, String countryCode) {
    /** @throws NullPointerException if countryCode is null */
    public CountryAdjective {
        Objects.requireNonNull(countryCode, "countryCode");
    }
}
