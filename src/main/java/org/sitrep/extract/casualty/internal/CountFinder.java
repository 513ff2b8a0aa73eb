package org.sitrep.extract.casualty.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the count that belongs to a casualty word, after it (active verbs) or before it (subjects). */
public final class CountFinder {
    private static final int NOUN_REACH = 4;
    private static final String COMMA = ",";

    private final Lexicon lexicon;
    private final OutcomeWords outcomes;
    private final NumberReader numbers;
    private final int reach;

    /**
     * @param lexicon the vocabulary
     * @param numbers reads number phrases
     * @param reach   how many words before a casualty word a count may stand
     */
    public CountFinder(Lexicon lexicon, NumberReader numbers, int reach) {
        this.lexicon = lexicon;
        this.outcomes = new OutcomeWords(lexicon);
        this.numbers = numbers;
        this.reach = reach;
    }
    /**
     * The object of an active verb: "killing 3 soldiers and 2 civilians", "claimed the lives of 14", "wounded him".
     *
     * @param t a sentence's tokens
     * @param o index of the verb
     * @return the count, coordinated counts added
     */
    public Optional<Quantity> forward(List<Token> t, int o) {
        int at = o + 1;
        int phrase = outcomes.countAfterPhrase(t, o);
        if (phrase > 0) {
            at = o + phrase;
        } else if (at < t.size() && lexicon.partitiveWords.contains(t.get(at).norm())) {
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

    private Optional<Quantity> pronoun(List<Token> t, int at) {
        if (at >= t.size()) {
            return Optional.empty();
        }
        String w = t.get(at).norm();
        boolean one = lexicon.objectPronouns.contains(w) || (lexicon.ambiguousPronouns.contains(w)
                && (at + 1 == t.size() || !t.get(at + 1).text().matches("\\p{L}+")
                || lexicon.afterObject.contains(t.get(at + 1).norm())));
        return one ? Optional.of(new Quantity(1, at, at + 1, t.get(at).start(), t.get(at).end(), false))
                : Optional.empty();
    }

    // "killing three soldiers and two civilians": the second count joins the first.
    private Optional<Quantity> coordinatedAfter(List<Token> t, Quantity q) {
        for (int j = q.last(); j < Math.min(t.size(), q.last() + NOUN_REACH + 1); j++) {
            Token tok = t.get(j);
            if (lexicon.coordinators.contains(tok.norm())) {
                return j + 1 < t.size() ? numbers.readAt(t, j + 1).filter(n -> personFollows(t, n, t.size()))
                        : Optional.empty();
            }
            if (lexicon.isBreak(tok) || outcomes.isOutcome(t, j) || lexicon.subsetWords.contains(tok.norm())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The subject before a passive or intransitive casualty word: "12 militants including 2 commanders were killed".
     *
     * @param t a sentence's tokens
     * @param o index of the casualty word
     * @return the count, subsets left out and coordinated counts added
     */
    public Optional<Quantity> backward(List<Token> t, int o) {
        int from = clauseStart(t, o);
        int cut = o;
        for (int i = from; i < o; i++) {
            if (lexicon.subsetWords.contains(t.get(i).norm())) {
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

    /**
     * @param t a sentence's tokens
     * @param o index of a casualty word
     * @return index of the first token of its clause, asides between commas skipped
     */
    public int clauseStart(List<Token> t, int o) {
        int from = o;
        int comma = -1;
        int limit = Math.max(0, o - reach);
        for (int i = o - 1; i >= limit; i--) {
            if (Token.is(t, i, COMMA)) {
                comma = i;
            }
            boolean coordinatedVerb = i == o - 2 && lexicon.verbConjunctions.contains(t.get(o - 1).norm())
                    && !outcomes.isOutcome(t, i);
            if (!coordinatedVerb && (lexicon.isBreak(t.get(i)) || outcomes.isOutcome(t, i))) {
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
            if (Token.is(t, k, COMMA)) {
                return k;
            }
            if (lexicon.asideStops.contains(t.get(k).norm()) || outcomes.isOutcome(t, k)) {
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
            direct &= lexicon.linkingWords.contains(t.get(j).norm());
        }
        return direct || personFollows(t, q, cut);
    }

    private boolean personFollows(List<Token> t, Quantity q, int limit) {
        for (int j = q.last(); j < Math.min(limit, q.last() + NOUN_REACH); j++) {
            Token tok = t.get(j);
            if (lexicon.isPerson(tok)) {
                return true;
            }
            boolean ofAfterVague = j == q.last() && lexicon.partitiveWords.contains(tok.norm());
            if (!ofAfterVague && (lexicon.nounStops.contains(tok.norm()) || tok.isDigits())) {
                return false;
            }
        }
        return q.value() == 1 && lexicon.oneOpeners.contains(t.get(q.first()).norm());
    }

    // "two of the five soldiers": the first number counts; not so in "two of the 9 wounded", the wounded are 9.
    private Quantity partitive(List<Token> t, List<Quantity> found, Quantity q) {
        int i = q.first() - 1;
        if (i >= 0 && lexicon.definiteArticles.contains(t.get(i).norm())) {
            i--;
        }
        if (i < 0 || !lexicon.partitiveWords.contains(t.get(i).norm())) {
            return q;
        }
        int end = i;
        return found.stream().filter(x -> x.last() == end).findFirst().orElse(q);
    }

    private Optional<Quantity> coordinatedBefore(List<Token> t, List<Quantity> found, Quantity q) {
        int joint = q.first() - 1;
        if (joint < 0 || !lexicon.coordinators.contains(t.get(joint).norm())) {
            return Optional.empty();
        }
        return found.stream().filter(x -> x.last() <= joint && joint - x.last() <= NOUN_REACH)
                .filter(x -> personFollows(t, x, joint)).reduce((a, b) -> b);
    }

    private static Quantity merge(Quantity a, Quantity b) {
        return new Quantity(a.value() + b.value(), Math.min(a.first(), b.first()), Math.max(a.last(), b.last()),
                Math.min(a.start(), b.start()), Math.max(a.end(), b.end()), a.lowerBound() || b.lowerBound());
    }
}
