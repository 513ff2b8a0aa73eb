package org.sitrep.extract.casualty.internal;

import java.util.List;
import java.util.Optional;

/** Recognises casualty words: "killed", "died", "dead", "lost their lives", "wounded", "injuries". */
public final class OutcomeWords {
    private final Lexicon lexicon;

    /** @param lexicon the vocabulary */
    public OutcomeWords(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param t a sentence's tokens
     * @param o an index
     * @return what the casualty word at {@code o} says happened, or empty when it is no casualty word
     */
    public Optional<Outcome.Kind> kindAt(List<Token> t, int o) {
        String w = t.get(o).norm();
        if (lexicon.killVerbs.contains(w) || lexicon.deathWords.contains(w) || phraseAt(t, o) != null) {
            return Optional.of(Outcome.Kind.KILLED);
        }
        if (lexicon.woundVerbs.contains(w) || lexicon.injuryWords.contains(w)) {
            return Optional.of(Outcome.Kind.WOUNDED);
        }
        return Optional.empty();
    }

    /**
     * @param t a sentence's tokens
     * @param o an index
     * @return the length of a death phrase at {@code o} whose count follows it ("claimed the lives of 14"), or 0
     */
    public int countAfterPhrase(List<Token> t, int o) {
        Lexicon.DeathPhrase p = phraseAt(t, o);
        return p != null && p.countAfter() ? p.words().size() : 0;
    }

    private Lexicon.DeathPhrase phraseAt(List<Token> t, int o) {
        for (Lexicon.DeathPhrase p : lexicon.deathPhrases) {
            if (Lexicon.matches(t, o, p.words())) {
                return p;
            }
        }
        return null;
    }

    /**
     * @param t a sentence's tokens
     * @param i an index
     * @return true when the token at {@code i} is a casualty word
     */
    public boolean isOutcome(List<Token> t, int i) {
        return kindAt(t, i).isPresent();
    }
}
