package org.sitrep.extract.casualty;

import java.util.Objects;

/**
 * Conventions for vague numbers and for sentences that report several counts.
 *
 * @param severalValue   the figure for "several" and "a few", always a lower bound
 * @param maxReachWords  how many words before a casualty word ("were killed") the count may stand
 * @param multiple       what to do with several separate counts of the same kind in one sentence
 */
public record CasualtyConfig(int severalValue, int maxReachWords, Multiple multiple) {
    /**
     * Three: the smallest number "several" can mean. ACLED codes the most conservative reading of vague reports;
     * we follow that rather than a larger guess.
     */
    public static final int DEFAULT_SEVERAL = 3;
    /** Twelve words: enough for "12 Taliban militants including 2 commanders were killed". */
    public static final int DEFAULT_MAX_REACH_WORDS = 12;
    /** Separate counts are added: ACLED fatalities include the attackers killed later in the sentence. */
    public static final Multiple DEFAULT_MULTIPLE = Multiple.SUM;
    /** The defaults above. */
    public static final CasualtyConfig DEFAULT =
            new CasualtyConfig(DEFAULT_SEVERAL, DEFAULT_MAX_REACH_WORDS, DEFAULT_MULTIPLE);

    /**
     * @throws IllegalArgumentException if severalValue is below 2 or maxReachWords below 1
     * @throws NullPointerException     if multiple is null
     */
    public CasualtyConfig {
        if (severalValue < 2) {
            throw new IllegalArgumentException("severalValue must be at least 2, was " + severalValue);
        }
        if (maxReachWords < 1) {
            throw new IllegalArgumentException("maxReachWords must be at least 1, was " + maxReachWords);
        }
        Objects.requireNonNull(multiple, "multiple");
    }

    /** How separate counts of one kind in a sentence combine. */
    public enum Multiple {
        /** Add them; the span covers all of them. */
        SUM,
        /** Keep the first in the text. */
        FIRST
    }
}
