package org.sitrep.extract.actor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An immutable list of phrases mapped to values, searched by words.
 *
 * @param <T> the value type
 */
public final class PhraseTable<T> {
    private final List<Map.Entry<Alias, T>> entries;

    /** @param entries phrase-value pairs, in table order */
    public PhraseTable(List<Map.Entry<Alias, T>> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @param words a phrase's words
     * @return every occurrence of every table phrase, by position then table order
     */
    public List<Hit<T>> findAll(List<Word> words) {
        List<Hit<T>> hits = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Map.Entry<Alias, T> e : entries) {
                if (e.getKey().matchesAt(words, i)) {
                    hits.add(new Hit<>(i, i + e.getKey().length(), e.getValue()));
                }
            }
        }
        return hits;
    }
}
