package org.sitrep.extract.casualty.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds explicit statements that nobody was killed or hurt: "no casualties", "no one was hurt". */
public final class ZeroScanner {
    private static final int REACH = 5;
    private static final Set<Outcome.Kind> BOTH = EnumSet.allOf(Outcome.Kind.class);
    private static final Map<String, Set<Outcome.Kind>> NOUNS = Map.of(
            "casualties", BOTH, "casualty", BOTH, "victims", BOTH, "injuries", EnumSet.of(Outcome.Kind.WOUNDED),
            "injured", EnumSet.of(Outcome.Kind.WOUNDED), "deaths", EnumSet.of(Outcome.Kind.KILLED),
            "fatalities", EnumSet.of(Outcome.Kind.KILLED), "dead", EnumSet.of(Outcome.Kind.KILLED),
            "loss", EnumSet.of(Outcome.Kind.KILLED));
    private static final Map<String, Set<Outcome.Kind>> VERBS = Map.of(
            "hurt", BOTH, "harmed", BOTH, "killed", EnumSet.of(Outcome.Kind.KILLED),
            "died", EnumSet.of(Outcome.Kind.KILLED), "injured", EnumSet.of(Outcome.Kind.WOUNDED),
            "wounded", EnumSet.of(Outcome.Kind.WOUNDED));
    // "no serious injuries", "no other casualties": some people were hurt after all.
    private static final Set<String> QUALIFIERS = Set.of("serious", "major", "other", "further", "more",
            "additional", "new", "else", "civilian", "american", "us");
    private static final Set<String> PASSABLE = Set.of("immediate", "reported", "reports", "report", "of", "or",
            "and", "was", "were", "been", "has", "have", "had", "word", "damage", "material", "human");

    /**
     * A zero statement.
     *
     * @param kinds what it says nobody suffered
     * @param start offset of the negative phrase ("no casualties", "no one")
     * @param end   offset one past it
     */
    public record Zero(Set<Outcome.Kind> kinds, int start, int end) {
    }

    /**
     * @param t a sentence's tokens
     * @return the first zero statement, if any
     */
    public Optional<Zero> scan(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).norm();
            boolean nobody = w.equals("nobody") || (w.equals("no") && Token.is(t, i + 1, "one"));
            Optional<Zero> zero = nobody ? afterNobody(t, i, w.equals("nobody") ? i + 1 : i + 2)
                    : (w.equals("no") || w.equals("without")) ? nounAfter(t, i) : Optional.empty();
            if (zero.isPresent()) {
                return zero;
            }
        }
        return Optional.empty();
    }

    private static Optional<Zero> afterNobody(List<Token> t, int i, int after) {
        if (after < t.size() && QUALIFIERS.contains(t.get(after).norm())) {
            return Optional.empty();
        }
        Set<Outcome.Kind> kinds = EnumSet.noneOf(Outcome.Kind.class);
        for (int j = after; j < Math.min(t.size(), after + REACH); j++) {
            kinds.addAll(VERBS.getOrDefault(t.get(j).norm(), Set.of()));
        }
        return kinds.isEmpty() ? Optional.empty()
                : Optional.of(new Zero(kinds, t.get(i).start(), t.get(after - 1).end()));
    }

    private static Optional<Zero> nounAfter(List<Token> t, int i) {
        Set<Outcome.Kind> kinds = EnumSet.noneOf(Outcome.Kind.class);
        int last = -1;
        for (int j = i + 1; j < Math.min(t.size(), i + 1 + REACH); j++) {
            String w = t.get(j).norm();
            if (QUALIFIERS.contains(w)) {
                return Optional.empty();
            }
            if (NOUNS.containsKey(w)) {
                kinds.addAll(NOUNS.get(w));
                last = j;
            } else if (!PASSABLE.contains(w)) {
                break;
            }
        }
        return last < 0 ? Optional.empty() : Optional.of(new Zero(kinds, t.get(i).start(), t.get(last).end()));
    }
}
