package org.sitrep.extract.actor.internal;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.lang.Language;

/** Demonyms and country names to English short country names. */
public final class DemonymTable {
    private final PhraseTable<String> table;

    private DemonymTable(PhraseTable<String> table) {
        this.table = table;
    }

    /**
     * @param language the bundle holding the table
     * @param name     the table's name in the bundle: country, then |-separated forms
     * @return the table
     * @throws org.sitrep.lang.LanguageException if the table is missing or malformed
     */
    public static DemonymTable load(Language language, String name) {
        List<Map.Entry<Alias, String>> entries = new ArrayList<>();
        for (List<String> row : language.table(name, 2)) {
            for (String form : TableReader.alternatives(row.get(1))) {
                entries.add(new AbstractMap.SimpleImmutableEntry<>(Alias.parse(form), row.get(0)));
            }
        }
        return new DemonymTable(new PhraseTable<>(entries));
    }

    /**
     * @param words a demonym or country name, e.g. {@code Afghan}, {@code U.S.}, {@code United States}
     * @return the country when the whole text is one of the table's forms
     */
    public Optional<String> countryOf(String words) {
        if (words == null) {
            return Optional.empty();
        }
        return countryOf(Word.keysOfTableEntry(words));
    }

    /**
     * @param words the words of a demonym or country name, as a phrase read them
     * @return the country when the words are exactly one of the table's forms
     */
    public Optional<String> countryOf(List<Word> words) {
        return table.findAll(words).stream()
                .filter(h -> h.from() == 0 && h.to() == words.size())
                .map(Hit::value)
                .findFirst();
    }
}
