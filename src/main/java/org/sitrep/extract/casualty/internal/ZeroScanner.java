package org.sitrep.extract.casualty.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds explicit statements that nobody was killed or hurt: "no casualties", "no one was hurt". */
public final class ZeroScanner {
    private static final int REACH = 5;

    private final Lexicon lexicon;

    /** @param lexicon the vocabulary */
    public ZeroScanner(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

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
            int at = i;
            Optional<List<String>> nobody = lexicon.nobody.stream().filter(p -> Lexicon.matches(t, at, p)).findFirst();
            Optional<Zero> zero = nobody.isPresent() ? afterNobody(t, i, i + nobody.get().size())
                    : lexicon.zeroNegators.contains(t.get(i).norm()) ? nounAfter(t, i) : Optional.empty();
            if (zero.isPresent()) {
                return zero;
            }
        }
        return Optional.empty();
    }

    private Optional<Zero> afterNobody(List<Token> t, int i, int after) {
        if (after < t.size() && lexicon.zeroQualifiers.contains(t.get(after).norm())) {
            return Optional.empty();
        }
        Set<Outcome.Kind> kinds = EnumSet.noneOf(Outcome.Kind.class);
        for (int j = after; j < Math.min(t.size(), after + REACH); j++) {
            kinds.addAll(lexicon.zeroVerbs.getOrDefault(t.get(j).norm(), Set.of()));
        }
        return kinds.isEmpty() ? Optional.empty()
                : Optional.of(new Zero(kinds, t.get(i).start(), t.get(after - 1).end()));
    }

    private Optional<Zero> nounAfter(List<Token> t, int i) {
        Set<Outcome.Kind> kinds = EnumSet.noneOf(Outcome.Kind.class);
        int last = -1;
        for (int j = i + 1; j < Math.min(t.size(), i + 1 + REACH); j++) {
            String w = t.get(j).norm();
            if (lexicon.zeroQualifiers.contains(w)) {
                return Optional.empty();
            }
            if (lexicon.zeroNouns.containsKey(w)) {
                kinds.addAll(lexicon.zeroNouns.get(w));
                last = j;
            } else if (!lexicon.zeroPassable.contains(w)) {
                break;
            }
        }
        return last < 0 ? Optional.empty() : Optional.of(new Zero(kinds, t.get(i).start(), t.get(last).end()));
    }
}
