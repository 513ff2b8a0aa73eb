package org.sitrep.extract.actor.internal;

import java.util.List;
import java.util.Locale;

/**
 * A phrase of a table, as a sequence of word keys.
 *
 * @param keys          the words, lower case unless case-sensitive
 * @param caseSensitive true for short all-caps abbreviations such as {@code IS} or {@code US}, which are
 *                      ordinary words in lower case
 */
public record Alias(List<String> keys, boolean caseSensitive) {
    private static final int MAX_CASED_LENGTH = 3;

    /**
     * @param written the phrase as written in the table
     * @return its alias
     * @throws IllegalArgumentException if the phrase has no words
     */
    public static Alias parse(String written) {
        List<Word> words = Word.keysOfTableEntry(written);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty phrase '" + written + "'");
        }
        String bare = words.get(0).bare();
        boolean cased = words.size() == 1 && bare.length() <= MAX_CASED_LENGTH
                && bare.equals(bare.toUpperCase(Locale.ROOT)) && !bare.equals(bare.toLowerCase(Locale.ROOT));
        return new Alias(words.stream().map(w -> cased ? w.bare() : w.norm()).toList(), cased);
    }

    /**
     * @param words a phrase's words
     * @param from  index of the first word to compare
     * @return true when the alias's words appear at {@code from}
     */
    public boolean matchesAt(List<Word> words, int from) {
        if (from + keys.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < keys.size(); i++) {
            Word w = words.get(from + i);
            if (!keys.get(i).equals(caseSensitive ? w.bare() : w.norm())) {
                return false;
            }
        }
        return true;
    }

    /** @return the number of words */
    public int length() {
        return keys.size();
    }
}
