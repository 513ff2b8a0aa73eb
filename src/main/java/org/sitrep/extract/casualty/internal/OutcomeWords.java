package org.sitrep.extract.casualty.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recognises casualty words: "killed", "died", "dead", "lost their lives", "wounded", "injuries". */
public final class OutcomeWords {
    private OutcomeWords() {
    }

    /**
     * @param t a sentence's tokens
     * @param o an index
     * @return what the casualty word at {@code o} says happened, or empty when it is no casualty word
     */
    public static Optional<Outcome.Kind> kindAt(List<Token> t, int o) {
        String w = t.get(o).norm();
        if (Lexicon.KILL_VERBS.contains(w) || Lexicon.DEATH_WORDS.contains(w) || livesLost(t, o)) {
            return Optional.of(Outcome.Kind.KILLED);
        }
        boolean livesClaimed = w.equals("claimed") && Token.is(t, o + 1, "the") && Token.is(t, o + 2, "lives")
                && Token.is(t, o + 3, "of");
        if (livesClaimed) {
            return Optional.of(Outcome.Kind.KILLED);
        }
        if (Lexicon.WOUND_VERBS.contains(w) || Lexicon.INJURY_WORDS.contains(w)) {
            return Optional.of(Outcome.Kind.WOUNDED);
        }
        return Optional.empty();
    }

    private static boolean livesLost(List<Token> t, int o) {
        return Token.is(t, o, "lost") && o + 2 < t.size() && Set.of("their", "his", "her").contains(t.get(o + 1).norm())
                && Set.of("lives", "life").contains(t.get(o + 2).norm());
    }

    /**
     * @param t a sentence's tokens
     * @param i an index
     * @return true when the token at {@code i} is a casualty word
     */
    public static boolean isOutcome(List<Token> t, int i) {
        return kindAt(t, i).isPresent();
    }
}
