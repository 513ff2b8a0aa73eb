package org.sitrep.extract.actor.internal;

import java.util.List;
import java.util.Set;
import org.sitrep.lang.Language;

/**
 * Where the head part of an actor phrase ends: before relative clauses, prepositional phrases and punctuation,
 * so that "civilians killed by the Taliban" is about civilians and "the police checkpoint" is not about police.
 */
public final class Core {
    // Marks that end a phrase's head; typography, not words of a language.
    private static final String PUNCTUATION = ",;:()[]—–\"";

    private final Set<String> clauseWords;
    private final Set<String> sourceWords;

    /**
     * @param language the bundle of {@code actor-clause-words} and {@code actor-source-words}
     * @throws org.sitrep.lang.LanguageException if a list is missing
     */
    public Core(Language language) {
        this.clauseWords = language.words("actor-clause-words");
        this.sourceWords = language.words("actor-source-words");
    }

    /**
     * @param phrase the phrase
     * @param words  its words
     * @return the number of leading words before any clause word or punctuation
     */
    public int groupEnd(String phrase, List<Word> words) {
        return end(phrase, words, Set.of());
    }

    /**
     * Like {@link #groupEnd} but also stops at "from": "soldiers from the 209th corps" has the head "soldiers".
     *
     * @param phrase the phrase
     * @param words  its words
     * @return the number of leading words of the head part
     */
    public int headEnd(String phrase, List<Word> words) {
        return end(phrase, words, sourceWords);
    }

    private int end(String phrase, List<Word> words, Set<String> extra) {
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
            boolean boundary = i > 0 && (clauseWords.contains(w.norm()) || extra.contains(w.norm()));
            if (w.start() >= stop || boundary) {
                return i;
            }
        }
        return words.size();
    }
}
