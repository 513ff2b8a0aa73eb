package org.sitrep.extract.casualty.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the counts of killed and wounded people in a sentence: objects of active verbs ("killing 3"), subjects of
 * passives and intransitives ("5 soldiers were killed", "3 died"), numbers before "dead" or "deaths", tolls.
 */
public final class OutcomeScanner {
    private static final int TOLL_REACH = 6;
    private static final int CUMULATIVE_REACH = 8;

    private final Lexicon lexicon;
    private final OutcomeWords words;
    private final NumberReader numbers;
    private final CountFinder counts;

    /**
     * @param lexicon the vocabulary
     * @param numbers reads number phrases
     * @param reach   how many words before a casualty word a count may stand
     */
    public OutcomeScanner(Lexicon lexicon, NumberReader numbers, int reach) {
        this.lexicon = lexicon;
        this.words = new OutcomeWords(lexicon);
        this.numbers = numbers;
        this.counts = new CountFinder(lexicon, numbers, reach);
    }

    /**
     * @param t a sentence's tokens
     * @return the counts in text order, running totals, intentions and hypotheticals left out
     */
    public List<Outcome> scan(List<Token> t) {
        List<Outcome> found = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (int o = 0; o < t.size(); o++) {
            Optional<Outcome> outcome = lexicon.tollWords.contains(t.get(o).norm()) ? toll(t, o) : at(t, o);
            if (outcome.isPresent() && used.add(outcome.get().quantity().start())) {
                found.add(outcome.get());
            }
        }
        return found;
    }

    private Optional<Outcome> at(List<Token> t, int o) {
        Optional<Outcome.Kind> kind = words.kindAt(t, o);
        if (kind.isEmpty() || unreal(t, o) || eitherOr(t, o)) {
            return Optional.empty();
        }
        String w = t.get(o).norm();
        boolean countAfter = words.countAfterPhrase(t, o) > 0;
        boolean transitive = lexicon.killVerbs.contains(w) || lexicon.woundVerbs.contains(w) || countAfter;
        Optional<Quantity> q = transitive && !passive(t, o) ? counts.forward(t, o) : Optional.empty();
        if (q.isEmpty() && !lexicon.isActiveParticiple(w) && !countAfter) {
            q = counts.backward(t, o);
        }
        int start = counts.clauseStart(t, o);
        return q.filter(x -> !cumulative(t, Math.min(start, x.first()), Math.max(o, x.last())))
                .map(x -> new Outcome(kind.get(), x, false));
    }

    // "tried to kill", "could have been killed", "were not hurt": not a report of casualties.
    private boolean unreal(List<Token> t, int o) {
        for (int i = o - 1; i >= Math.max(0, o - 3); i--) {
            String w = t.get(i).norm();
            if (lexicon.unrealMarkers.contains(w)) {
                return true;
            }
            if (!lexicon.linkingWords.contains(w)) {
                return false;
            }
        }
        return false;
    }

    // "20 people were killed or wounded" does not say how many of each.
    private boolean eitherOr(List<Token> t, int o) {
        return (alternative(t, o + 1) && o + 2 < t.size() && words.isOutcome(t, o + 2))
                || (alternative(t, o - 1) && o >= 2 && words.isOutcome(t, o - 2));
    }

    private boolean alternative(List<Token> t, int i) {
        return i >= 0 && i < t.size() && lexicon.alternatives.contains(t.get(i).norm());
    }

    private boolean passive(List<Token> t, int o) {
        for (int i = o - 1; i >= Math.max(0, o - 3); i--) {
            String w = t.get(i).norm();
            if (lexicon.passiveAuxiliaries.contains(w)) {
                return true;
            }
            if (!lexicon.passiveFillers.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private Optional<Outcome> toll(List<Token> t, int o) {
        for (int j = o + 1; j < Math.min(t.size() - 1, o + TOLL_REACH); j++) {
            if (lexicon.tollLinks.contains(t.get(j).norm())) {
                Optional<Quantity> q = numbers.readAt(t, j + 1);
                if (q.isPresent()) {
                    return Optional.of(new Outcome(Outcome.Kind.KILLED, q.get(), true));
                }
            }
        }
        return Optional.empty();
    }

    private boolean cumulative(List<Token> t, int from, int to) {
        int end = to;
        while (end < t.size() && end < to + CUMULATIVE_REACH && !lexicon.isBreak(t.get(end))
                && !t.get(end).norm().equals(",")) {
            end++;
        }
        // The words that ended the clause ("since 2009") count too.
        for (int i = Math.max(0, from - 1); i <= Math.min(end, t.size() - 1); i++) {
            int at = i;
            if (lexicon.cumulativeWords.contains(t.get(i).norm())
                    || lexicon.cumulativePhrases.stream().anyMatch(p -> Lexicon.matches(t, at, p))) {
                return true;
            }
        }
        return false;
    }

}
