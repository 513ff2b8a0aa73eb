package org.sitrep.extract.actor.internal;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.actor.ActorTableException;

/** Finds named groups (Taliban, Kataib Hezbollah, NATO) in a phrase's words. */
public final class GroupMatcher {
    private final PhraseTable<GroupEntry> table;

    private GroupMatcher(PhraseTable<GroupEntry> table) {
        this.table = table;
    }

    /**
     * @param resource classpath resource: inter, name, aliases, optional countries
     * @return the matcher
     * @throws ActorTableException if the resource is missing or malformed
     */
    public static GroupMatcher load(String resource) {
        List<Map.Entry<Alias, GroupEntry>> entries = new ArrayList<>();
        for (TableReader.Row row : TableReader.read(resource, 3, 4)) {
            GroupEntry group = new GroupEntry(inter(resource, row), row.cells().get(1),
                    row.cells().size() > 3 ? new HashSet<>(TableReader.alternatives(row, 3)) : new HashSet<>());
            for (String alias : TableReader.alternatives(row, 2)) {
                entries.add(new AbstractMap.SimpleImmutableEntry<>(Alias.parse(alias), group));
            }
        }
        return new GroupMatcher(new PhraseTable<>(entries));
    }

    private static int inter(String resource, TableReader.Row row) {
        String cell = row.cells().get(0);
        if (!cell.matches("[1-8]")) {
            throw new ActorTableException(resource, row.line(), "inter code must be 1-8, found '" + cell + "'", null);
        }
        return Integer.parseInt(cell);
    }

    /**
     * Picks the longest alias; on a tie, a country-specific entry, then the earliest.
     *
     * @param words   a phrase's words
     * @param limit   only aliases starting before this word index count
     * @param country the event country, or null
     * @return the best hit
     */
    public Optional<Hit<GroupEntry>> find(List<Word> words, int limit, String country) {
        return table.findAll(words).stream()
                .filter(h -> h.from() < limit && h.value().appliesIn(country))
                .max(Comparator.<Hit<GroupEntry>>comparingInt(Hit::length)
                        .thenComparing(h -> !h.value().countries().isEmpty())
                        .thenComparing(h -> -h.from()));
    }
}
