package org.sitrep.article;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of {@link ArticleCleaner}.
 *
 * @param maxBoilerplateChars lines longer than this (in characters, after trimming) are never taken for a
 *                            share, subscribe or "read more" line, however they start; default
 *                            {@value #DEFAULT_MAX_BOILERPLATE_CHARS}
 * @param extraBoilerplate    further whole-line patterns to remove, matched case-sensitively against the
 *                            trimmed line (use {@code (?i)} for case-insensitive); default none
 */
public record CleanerConfig(int maxBoilerplateChars, List<Pattern> extraBoilerplate) {
    /** Longest line, in characters, that can still be a share/subscribe/related line. */
    public static final int DEFAULT_MAX_BOILERPLATE_CHARS = 120;

    /** The settings used when none are given. */
    public static final CleanerConfig DEFAULT = new CleanerConfig(DEFAULT_MAX_BOILERPLATE_CHARS, List.of());

    /**
     * @throws IllegalArgumentException if maxBoilerplateChars is negative
     * @throws NullPointerException     if extraBoilerplate is null
     */
    public CleanerConfig {
        if (maxBoilerplateChars < 0) {
            throw new IllegalArgumentException("maxBoilerplateChars must be >= 0, was " + maxBoilerplateChars);
        }
        extraBoilerplate = List.copyOf(Objects.requireNonNull(extraBoilerplate, "extraBoilerplate"));
    }

    /**
     * @param patterns whole-line patterns to remove besides the built-in ones
     * @return a copy of this configuration with those patterns
     */
    public CleanerConfig withExtraBoilerplate(List<Pattern> patterns) {
        return new CleanerConfig(maxBoilerplateChars, patterns);
    }
}
