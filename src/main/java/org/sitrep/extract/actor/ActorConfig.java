package org.sitrep.extract.actor;

import java.util.Objects;

/**
 * Where the actor tables come from and what to do when no country is known.
 *
 * @param groupsResource  classpath resource of named groups (inter code, name, aliases, optional countries): actor
 *                        data, not words of a language, so it stays outside the language bundle
 * @param rolesTable      name of the language bundle's table of generic actor nouns per kind of actor
 * @param ethnicList      name of the language bundle's list of ethnic group names, one per line
 * @param unknownCountry  what a country-qualified name becomes when neither the phrase nor the context gives a country
 */
public record ActorConfig(String groupsResource, String rolesTable, String ethnicList,
                          UnknownCountry unknownCountry) {
    /** The built-in table of named groups. */
    public static final String DEFAULT_GROUPS = "/org/sitrep/extract/actor/groups.tsv";
    /** The bundle's table of generic actor nouns ({@code actor-roles.tsv}). */
    public static final String DEFAULT_ROLES = "actor-roles";
    /** The bundle's list of ethnic group names ({@code actor-ethnic-names.txt}). */
    public static final String DEFAULT_ETHNIC = "actor-ethnic-names";
    /** Names without a country keep their bare form ({@code Civilians}). */
    public static final UnknownCountry DEFAULT_UNKNOWN_COUNTRY = UnknownCountry.OMIT;
    /** The built-in tables, bare names when the country is unknown. */
    public static final ActorConfig DEFAULT =
            new ActorConfig(DEFAULT_GROUPS, DEFAULT_ROLES, DEFAULT_ETHNIC, DEFAULT_UNKNOWN_COUNTRY);

    /** @throws NullPointerException if any component is null */
    public ActorConfig {
        Objects.requireNonNull(groupsResource, "groupsResource");
        Objects.requireNonNull(rolesTable, "rolesTable");
        Objects.requireNonNull(ethnicList, "ethnicList");
        Objects.requireNonNull(unknownCountry, "unknownCountry");
    }

    /** What to do with a generic actor ("civilians", "soldiers") whose country is unknown. */
    public enum UnknownCountry {
        /** Drop the country: {@code Civilians}, {@code Military Forces}. */
        OMIT,
        /** Return no actor at all. */
        REJECT
    }
}
