package org.sitrep.extract.actor.internal;

import java.util.List;
import java.util.Set;

/**
 * Where the head part of an actor phrase ends: before relative clauses, prepositional phrases and punctuation,
 * so that "civilians killed by the Taliban" is about civilians and "the police checkpoint" is not about police.
 */
public final class Core {
    private static final Set<String> CLAUSE_WORDS = Set.of("who", "which", "that", "whom", "whose", "in", "at",
            "on", "near", "by", "during", "with", "after", "before", "when", "while", "across", "inside", "into",
            "to", "for", "against", "as", "said", "says", "killed", "attacked");
    private static final Set<String> SOURCE_WORDS = Set.of("from");
    private static final String PUNCTUATION = ",;:()[]—–\"";

    private Core() {
    }

    /**
     * @param phrase the phrase
     * @param words  its words
     * @return the number of leading words before any clause word or punctuation
     */
    public static int groupEnd(String phrase, List<Word> words) {
        return end(phrase, words, Set.of());
    }

    /**
     * Like {@link #groupEnd} but also stops at "from": "soldiers from the 209th corps" has the head "soldiers".
     *
     * @param phrase the phrase
     * @param words  its words
     * @return the number of leading words of the head part
     */
    public static int headEnd(String phrase, List<Word> words) {
        return end(phrase, words, SOURCE_WORDS);
    }

    private static int end(String phrase, List<Word> words, Set<String> extra) {
        int stop = phrase.length();
        for (int i = 0; i < phrase.length(); i++) {
            if (PUNCTUATION.indexOf(phrase.charAt(i)) >= 0) {
                stop = i;
                break;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            // A leading clause word ("in Kabul") cannot end an empty head.
            boolean boundary = i > 0 && (CLAUSE_WORDS.contains(w.norm()) || extra.contains(w.norm()));
            if (w.start() >= stop || boundary) {
                return i;
            }
        }
        return words.size();
    }
}
