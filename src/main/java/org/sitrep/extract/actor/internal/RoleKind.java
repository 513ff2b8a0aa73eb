package org.sitrep.extract.actor.internal;

import java.util.Set;

/** Kinds of generic actor nouns in the roles table, each with its ACLED type and naming pattern. */
public enum RoleKind {
    /** Soldiers, troops, army: {@code Military Forces of X}. */
    MILITARY(1, "Military Forces"),
    /** Police of any branch, gendarmes, intelligence service: {@code Police Forces of X}. */
    POLICE(1, "Police Forces"),
    /** Warplanes, drones: the military of the country named in the phrase, never guessed from context. */
    AIRCRAFT(1, "Military Forces"),
    /** Unarmed people: {@code Civilians (X)}. */
    CIVILIANS(7, "Civilians"),
    /** Herders: civilians, unless an ethnic name makes them an ethnic militia. */
    HERDERS(7, "Civilians"),
    /** Demonstrators: {@code Protesters (X)}. */
    PROTESTERS(6, "Protesters"),
    /** Violent crowds: {@code Rioters (X)}. */
    RIOTERS(5, "Rioters"),
    /** Gunmen, militants, armed groups: ACLED codes these as political militias. */
    UNIDENTIFIED(3, "Unidentified Armed Group"),
    /** {@code <name> Ethnic Militia (X)}. */
    ETHNIC(4, "Ethnic Militia"),
    /** {@code <name> Tribal Militia (X)}. */
    TRIBAL(4, "Tribal Militia"),
    /** {@code <name> Clan Militia (X)}. */
    CLAN(4, "Clan Militia"),
    /** {@code <name> Communal Militia (X)}. */
    COMMUNAL(4, "Communal Militia");

    // ACLED writes these countries with an article after "of". ACLED names are English whatever the language of
    // the text, so this is the output's naming convention and stays here rather than in a language bundle.
    private static final Set<String> WITH_ARTICLE = Set.of("United States", "United Kingdom",
            "United Arab Emirates", "Philippines", "Netherlands", "Gambia", "Bahamas", "Central African Republic",
            "Democratic Republic of Congo", "Republic of Congo", "Comoros", "Maldives", "Czech Republic",
            "Dominican Republic");

    private final int inter;
    private final String base;

    RoleKind(int inter, String base) {
        this.inter = inter;
        this.base = base;
    }

    /** @return the ACLED inter code of this kind of actor at home */
    public int inter() {
        return inter;
    }

    /** @return true for state forces, which become external forces (8) abroad */
    public boolean isState() {
        return inter == 1;
    }

    /** @return true when a named militia ({@code Fulani Ethnic Militia}) is built from a modifier */
    public boolean isIdentity() {
        return inter == 4;
    }

    /**
     * @param modifier the group's own name for identity militias ({@code Fulani}), ignored otherwise
     * @param country  English short country name, or null to leave it out
     * @return the ACLED-style name
     */
    public String name(String modifier, String country) {
        if (isState()) {
            return country == null ? base : base + " of " + (WITH_ARTICLE.contains(country) ? "the " : "") + country;
        }
        String name = isIdentity() ? modifier + " " + base : base;
        return country == null ? name : name + " (" + country + ")";
    }
}
