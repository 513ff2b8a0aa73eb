package org.sitrep.extract.casualty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.extract.casualty.internal.Lexicon;
import org.sitrep.extract.casualty.internal.NumberReader;
import org.sitrep.extract.casualty.internal.Outcome;
import org.sitrep.extract.casualty.internal.OutcomeScanner;
import org.sitrep.extract.casualty.internal.Quantity;
import org.sitrep.extract.casualty.internal.Token;
import org.sitrep.extract.casualty.internal.ZeroScanner;
import org.sitrep.lang.Language;
import org.sitrep.text.Sentence;

/**
 * The hand-written rules of casualty reading, the first {@link CasualtyReader}.
 *
 * <p>Counts are read from digits and number words up to "ninety-nine" and hundreds; "a/an" before a word for a
 * person is one; "a dozen" 12, "a couple of" 2; vague amounts are lower bounds: "dozens" 12, "scores" 20,
 * "hundreds" 100, "several" and "a few" {@link CasualtyConfig#severalValue()}. "At least 10" and "more than 30" give
 * 10 and 30 as lower bounds. Subsets are not added ("12 killed including 2 commanders" is 12), coordinated groups
 * are ("4 militiamen and 3 militants were killed" is 7). Running totals ("since 2009", "the war has killed") and
 * intentions ("tried to kill") are ignored. A death toll figure supersedes other death counts. "No casualties"
 * gives zero for both fields, "no injuries" for wounded only, unless the sentence gives a number. The words it
 * looks for come from the language bundle. Thread-safe.
 */
public final class RuleCasualtyReader implements CasualtyReader {
    private final CasualtyConfig config;
    private final OutcomeScanner outcomes;
    private final ZeroScanner zeros;

    /**
     * @param config   conventions for vague numbers and repeated counts
     * @param language the bundle whose {@code casualty-*} word lists and tables are read
     * @throws NullPointerException               if an argument is null
     * @throws org.sitrep.lang.LanguageException  if a resource of the bundle is missing or malformed
     */
    public RuleCasualtyReader(CasualtyConfig config, Language language) {
        this.config = Objects.requireNonNull(config, "config");
        Lexicon lexicon = new Lexicon(Objects.requireNonNull(language, "language"));
        this.outcomes = new OutcomeScanner(lexicon, new NumberReader(lexicon, config.severalValue()),
                config.maxReachWords());
        this.zeros = new ZeroScanner(lexicon);
    }

    @Override
    public Casualties read(Sentence sentence, String text) {
        if (sentence == null || text == null || sentence.tokens().isEmpty()) {
            return Casualties.NONE;
        }
        List<Token> tokens = Token.of(sentence, text);
        List<Outcome> found = outcomes.scan(tokens);
        Count killed = combine(found, Outcome.Kind.KILLED);
        Count wounded = combine(found, Outcome.Kind.WOUNDED);
        Optional<ZeroScanner.Zero> zero = zeros.scan(tokens);
        if (zero.isPresent()) {
            killed = killed != null ? killed : zeroFor(zero.get(), Outcome.Kind.KILLED);
            wounded = wounded != null ? wounded : zeroFor(zero.get(), Outcome.Kind.WOUNDED);
        }
        return new Casualties(killed, wounded);
    }

    private Count combine(List<Outcome> found, Outcome.Kind kind) {
        List<Quantity> counts = found.stream().filter(o -> o.kind() == kind).map(Outcome::quantity).toList();
        Optional<Quantity> toll = found.stream().filter(o -> o.kind() == kind && o.toll()).map(Outcome::quantity)
                .reduce((a, b) -> b);
        if (toll.isPresent()) {
            return count(toll.get());
        }
        if (counts.isEmpty()) {
            return null;
        }
        if (config.multiple() == CasualtyConfig.Multiple.FIRST) {
            return count(counts.get(0));
        }
        Quantity first = counts.get(0);
        Quantity last = counts.get(counts.size() - 1);
        int sum = counts.stream().mapToInt(Quantity::value).sum();
        boolean lower = counts.stream().anyMatch(Quantity::lowerBound);
        return new Count(sum, first.start(), last.end(), lower);
    }

    private static Count count(Quantity q) {
        return new Count(q.value(), q.start(), q.end(), q.lowerBound());
    }

    private static Count zeroFor(ZeroScanner.Zero zero, Outcome.Kind kind) {
        return zero.kinds().contains(kind) ? new Count(0, zero.start(), zero.end(), false) : null;
    }
}
