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

    private final NumberReader numbers;
    private final CountFinder counts;

    /**
     * @param lexicon the vocabulary
     * @param numbers reads number phrases
     * @param reach   how many words before a casualty word a count may stand
     */
    public OutcomeScanner(Lexicon lexicon, NumberReader numbers, int reach) {
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
            Optional<Outcome> outcome = t.get(o).norm().equals("toll") ? toll(t, o) : at(t, o);
            if (outcome.isPresent() && used.add(outcome.get().quantity().start())) {
                found.add(outcome.get());
            }
        }
        return found;
    }

    private Optional<Outcome> at(List<Token> t, int o) {
        Optional<Outcome.Kind> kind = OutcomeWords.kindAt(t, o);
        if (kind.isEmpty() || unreal(t, o) || eitherOr(t, o)) {
            return Optional.empty();
        }
        String w = t.get(o).norm();
        boolean transitive = Lexicon.KILL_VERBS.contains(w) || Lexicon.WOUND_VERBS.contains(w) || w.equals("claimed");
        Optional<Quantity> q = transitive && !passive(t, o) ? counts.forward(t, o) : Optional.empty();
        if (q.isEmpty() && !w.endsWith("ing") && !w.equals("claimed")) {
            q = counts.backward(t, o);
        }
        int start = counts.clauseStart(t, o);
        return q.filter(x -> !cumulative(t, Math.min(start, x.first()), Math.max(o, x.last())))
                .map(x -> new Outcome(kind.get(), x, false));
    }

    // "tried to kill", "could have been killed", "were not hurt": not a report of casualties.
    private static boolean unreal(List<Token> t, int o) {
        for (int i = o - 1; i >= Math.max(0, o - 3); i--) {
            String w = t.get(i).norm();
            if (Lexicon.UNREAL.contains(w)) {
                return true;
            }
            if (!Lexicon.AUX.contains(w)) {
                return false;
            }
        }
        return false;
    }

    // "20 people were killed or wounded" does not say how many of each.
    private boolean eitherOr(List<Token> t, int o) {
        return (Token.is(t, o + 1, "or") && o + 2 < t.size() && OutcomeWords.isOutcome(t, o + 2))
                || (Token.is(t, o - 1, "or") && o >= 2 && OutcomeWords.isOutcome(t, o - 2));
    }

    private static boolean passive(List<Token> t, int o) {
        for (int i = o - 1; i >= Math.max(0, o - 3); i--) {
            String w = t.get(i).norm();
            if (Lexicon.BE.contains(w)) {
                return true;
            }
            if (!Set.of("reportedly", "also", "all", "both", "later", "allegedly").contains(w)) {
                return false;
            }
        }
        return false;
    }

    private Optional<Outcome> toll(List<Token> t, int o) {
        for (int j = o + 1; j < Math.min(t.size() - 1, o + TOLL_REACH); j++) {
            if (Set.of("to", "at", "of", "reached", "hit").contains(t.get(j).norm())) {
                Optional<Quantity> q = numbers.readAt(t, j + 1);
                if (q.isPresent()) {
                    return Optional.of(new Outcome(Outcome.Kind.KILLED, q.get(), true));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean cumulative(List<Token> t, int from, int to) {
        int end = to;
        while (end < t.size() && end < to + CUMULATIVE_REACH && !Lexicon.isBreak(t.get(end))
                && !t.get(end).norm().equals(",")) {
            end++;
        }
        // The words that ended the clause ("since 2009") count too.
        for (int i = Math.max(0, from - 1); i <= Math.min(end, t.size() - 1); i++) {
            String w = t.get(i).norm();
            String next = i + 1 < t.size() ? t.get(i + 1).norm() : "";
            if (Lexicon.CUMULATIVE.contains(w) || (w.equals("so") && next.equals("far"))
                    || (w.equals("to") && next.equals("date")) || (w.equals("in") && next.equals("total"))) {
                return true;
            }
        }
        return false;
    }

}
