package org.sitrep.extract.actor;

import java.util.Optional;
import java.util.function.Function;
import org.sitrep.extract.actor.internal.DemonymTable;
import org.sitrep.lang.Language;

/** A small built-in demonym table, for tests and for running without the gazetteer. */
public final class Demonyms {
    /** The built-in table's name in the language bundle ({@code actor-demonyms.tsv}). */
    public static final String DEFAULT_TABLE = "actor-demonyms";

    private Demonyms() {
    }

    /**
     * Reads the built-in table: about forty countries, their demonyms and the country names themselves.
     *
     * @param language the bundle whose demonyms are read
     * @return a thread-safe function from a word such as {@code Afghan}, {@code U.S.} or {@code Iraq} to the English
     *         short country name; empty for anything else
     * @throws org.sitrep.lang.LanguageException if the table is missing or malformed
     */
    public static Function<String, Optional<String>> builtIn(Language language) {
        return DemonymTable.load(language, DEFAULT_TABLE)::countryOf;
    }
}
