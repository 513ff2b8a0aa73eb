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
    private static final int NOUN_REACH = 4;

    private final Lexicon lexicon;
    private final NumberReader numbers;
    private final int reach;

    /**
     * @param lexicon the vocabulary
     * @param numbers reads number phrases
     * @param reach   how many words before a casualty word a count may stand
     */
    public OutcomeScanner(Lexicon lexicon, NumberReader numbers, int reach) {
        this.lexicon = lexicon;
        this.numbers = numbers;
        this.reach = reach;
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
        Optional<Outcome.Kind> kind = kindAt(t, o);
        if (kind.isEmpty() || unreal(t, o) || eitherOr(t, o)) {
            return Optional.empty();
        }
        String w = t.get(o).norm();
        boolean transitive = Lexicon.KILL_VERBS.contains(w) || Lexicon.WOUND_VERBS.contains(w) || w.equals("claimed");
        Optional<Quantity> q = transitive && !passive(t, o) ? forward(t, o) : Optional.empty();
        if (q.isEmpty() && !w.endsWith("ing") && !w.equals("claimed")) {
            q = backward(t, o);
        }
        int start = clauseStart(t, o);
        return q.filter(x -> !cumulative(t, Math.min(start, x.first()), Math.max(o, x.last())))
                .map(x -> new Outcome(kind.get(), x, false));
    }

    private Optional<Outcome.Kind> kindAt(List<Token> t, int o) {
        String w = t.get(o).norm();
        if (Lexicon.KILL_VERBS.contains(w) || Lexicon.DEATH_WORDS.contains(w) || livesLost(t, o)) {
            return Optional.of(Outcome.Kind.KILLED);
        }
        if (w.equals("claimed") && is(t, o + 1, "the") && is(t, o + 2, "lives") && is(t, o + 3, "of")) {
            return Optional.of(Outcome.Kind.KILLED);
        }
        if (Lexicon.WOUND_VERBS.contains(w) || Lexicon.INJURY_WORDS.contains(w)) {
            return Optional.of(Outcome.Kind.WOUNDED);
        }
        return Optional.empty();
    }

    private static boolean livesLost(List<Token> t, int o) {
        return is(t, o, "lost") && o + 2 < t.size() && Set.of("their", "his", "her").contains(t.get(o + 1).norm())
                && Set.of("lives", "life").contains(t.get(o + 2).norm());
    }

    private boolean isOutcome(List<Token> t, int i) {
        return kindAt(t, i).isPresent();
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
        return (is(t, o + 1, "or") && o + 2 < t.size() && isOutcome(t, o + 2))
                || (is(t, o - 1, "or") && o >= 2 && isOutcome(t, o - 2));
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

    private Optional<Quantity> forward(List<Token> t, int o) {
        int at = o + 1;
        if (is(t, o, "claimed")) {
            at = o + 4;
        } else if (is(t, at, "of")) {
            at++;
        }
        Optional<Quantity> first = at < t.size() ? numbers.readAt(t, at) : Optional.empty();
        if (first.isEmpty()) {
            return pronoun(t, at);
        }
        Quantity sum = first.get();
        for (Optional<Quantity> next = coordinatedAfter(t, sum); next.isPresent(); next = coordinatedAfter(t, sum)) {
            sum = merge(sum, next.get());
        }
        return Optional.of(sum);
    }

    private static Optional<Quantity> pronoun(List<Token> t, int at) {
        boolean one = is(t, at, "him") || (is(t, at, "her") && (at + 1 == t.size() || !t.get(at + 1).text()
                .matches("\\p{L}+") || Set.of("and", "in", "at", "on", "with").contains(t.get(at + 1).norm())));
        return one ? Optional.of(new Quantity(1, at, at + 1, t.get(at).start(), t.get(at).end(), false))
                : Optional.empty();
    }

    // "killing three soldiers and two civilians": the second count joins the first.
    private Optional<Quantity> coordinatedAfter(List<Token> t, Quantity q) {
        for (int j = q.last(); j < Math.min(t.size(), q.last() + NOUN_REACH + 1); j++) {
            Token tok = t.get(j);
            if (tok.norm().equals("and") || tok.norm().equals(",")) {
                return j + 1 < t.size() ? numbers.readAt(t, j + 1).filter(n -> personFollows(t, n, t.size()))
                        : Optional.empty();
            }
            if (Lexicon.isBreak(tok) || isOutcome(t, j) || Lexicon.SUBSET.contains(tok.norm())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<Quantity> backward(List<Token> t, int o) {
        int from = clauseStart(t, o);
        int cut = o;
        for (int i = from; i < o; i++) {
            if (Lexicon.SUBSET.contains(t.get(i).norm())) {
                cut = i;
                break;
            }
        }
        List<Quantity> found = quantities(t, from, cut);
        Quantity best = null;
        for (Quantity q : found) {
            if (valid(t, q, cut)) {
                best = q;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        if (best.last() < o) {
            best = partitive(t, found, best);
        }
        for (Optional<Quantity> prev = coordinatedBefore(t, found, best); prev.isPresent();
             prev = coordinatedBefore(t, found, best)) {
            best = merge(prev.get(), best);
        }
        return Optional.of(best);
    }

    private int clauseStart(List<Token> t, int o) {
        int from = o;
        int comma = -1;
        int limit = Math.max(0, o - reach);
        for (int i = o - 1; i >= limit; i--) {
            if (is(t, i, ",")) {
                comma = i;
            }
            boolean coordinatedVerb = i == o - 2 && is(t, o - 1, "and") && !isOutcome(t, i);
            if (!coordinatedVerb && (Lexicon.isBreak(t.get(i)) || isOutcome(t, i))) {
                int open = comma < 0 ? -1 : parentheticalStart(t, i);
                if (open < 0) {
                    break;
                }
                limit = Math.max(0, limit - (comma - open));
                i = open;
            }
            from = i;
        }
        return from;
    }

    // "1 civilian, working as a cook, was killed": the clause goes on before a comma-delimited aside.
    private int parentheticalStart(List<Token> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - reach); k--) {
            if (is(t, k, ",")) {
                return k;
            }
            if (Set.of(".", ";", ":").contains(t.get(k).norm()) || isOutcome(t, k)) {
                return -1;
            }
        }
        return -1;
    }

    private List<Quantity> quantities(List<Token> t, int from, int to) {
        List<Quantity> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            Optional<Quantity> q = numbers.readAt(t, i).filter(x -> x.last() <= to);
            if (q.isPresent()) {
                found.add(q.get());
                i = q.get().last();
            } else {
                i++;
            }
        }
        return found;
    }

    // A count belongs to the verb when only auxiliaries stand between ("5 were wounded") or it counts people.
    private boolean valid(List<Token> t, Quantity q, int cut) {
        boolean direct = true;
        for (int j = q.last(); j < cut; j++) {
            direct &= Lexicon.AUX.contains(t.get(j).norm());
        }
        return direct || personFollows(t, q, cut);
    }

    private boolean personFollows(List<Token> t, Quantity q, int limit) {
        for (int j = q.last(); j < Math.min(limit, q.last() + NOUN_REACH); j++) {
            Token tok = t.get(j);
            if (lexicon.isPerson(tok)) {
                return true;
            }
            boolean ofAfterVague = j == q.last() && tok.norm().equals("of");
            if (!ofAfterVague && (Set.of("and", ",", "of", "from", "in", "at", "on").contains(tok.norm())
                    || tok.isDigits())) {
                return false;
            }
        }
        return q.value() == 1 && t.get(q.first()).norm().matches("an?|at");
    }

    // "two of the five soldiers": the first number counts; not so in "two of the 9 wounded", the wounded are 9.
    private static Quantity partitive(List<Token> t, List<Quantity> found, Quantity q) {
        int i = q.first() - 1;
        if (is(t, i, "the")) {
            i--;
        }
        if (!is(t, i, "of")) {
            return q;
        }
        int end = i;
        return found.stream().filter(x -> x.last() == end).findFirst().orElse(q);
    }

    private Optional<Quantity> coordinatedBefore(List<Token> t, List<Quantity> found, Quantity q) {
        int joint = q.first() - 1;
        if (!is(t, joint, "and") && !is(t, joint, ",")) {
            return Optional.empty();
        }
        return found.stream().filter(x -> x.last() <= joint && joint - x.last() <= NOUN_REACH)
                .filter(x -> personFollows(t, x, joint)).reduce((a, b) -> b);
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
        while (end < t.size() && end < to + NOUN_REACH * 2 && !Lexicon.isBreak(t.get(end))
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

    private static Quantity merge(Quantity a, Quantity b) {
        return new Quantity(a.value() + b.value(), Math.min(a.first(), b.first()), Math.max(a.last(), b.last()),
                Math.min(a.start(), b.start()), Math.max(a.end(), b.end()), a.lowerBound() || b.lowerBound());
    }

    private static boolean is(List<Token> t, int i, String word) {
        return i >= 0 && i < t.size() && t.get(i).norm().equals(word);
    }
}
