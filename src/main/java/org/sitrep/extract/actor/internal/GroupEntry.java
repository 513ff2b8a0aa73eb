package org.sitrep.extract.actor.internal;

import java.util.Set;

/**
 * A named group of the groups table.
 *
 * @param inter     ACLED inter code
 * @param name      canonical name, possibly with a {@code {country}} placeholder
 * @param countries countries where the aliases mean this group; empty for anywhere
 */
public record GroupEntry(int inter, String name, Set<String> countries) {
    private static final String PLACEHOLDER = "{country}";

    /**
     * @param country the event country, or null
     * @return true when the entry may be used in that country
     */
    public boolean appliesIn(String country) {
        return countries.isEmpty() || (country != null && countries.contains(country));
    }

    /**
     * @param country the event country, or null
     * @return the name with the placeholder filled, or without its parentheses when the country is unknown
     */
    public String nameIn(String country) {
        if (!name.contains(PLACEHOLDER)) {
            return name;
        }
        return country == null ? name.replace(" (" + PLACEHOLDER + ")", "").replace(PLACEHOLDER, "").trim()
                : name.replace(PLACEHOLDER, country);
    }
}
