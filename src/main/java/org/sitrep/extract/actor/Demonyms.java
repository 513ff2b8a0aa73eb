package org.sitrep.extract.actor;

import java.util.Optional;
import java.util.function.Function;
import org.sitrep.extract.actor.internal.DemonymTable;

/** A small built-in demonym table, for tests and for running without the gazetteer. */
public final class Demonyms {
    /** The built-in table's classpath resource. */
    public static final String DEFAULT_RESOURCE = "/org/sitrep/extract/actor/demonyms.tsv";

    private Demonyms() {
    }

    /**
     * Reads the built-in table: about forty countries, their demonyms and the country names themselves.
     *
     * @return a thread-safe function from a word such as {@code Afghan}, {@code U.S.} or {@code Iraq} to the English
     *         short country name; empty for anything else
     * @throws ActorTableException if the resource is missing or malformed
     */
    public static Function<String, Optional<String>> builtIn() {
        return DemonymTable.load(DEFAULT_RESOURCE)::countryOf;
    }
}
