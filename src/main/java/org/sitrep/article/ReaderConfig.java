package org.sitrep.article;

import java.util.Objects;

/**
 * Settings of {@link ArticleReader}.
 *
 * @param maxBytes  largest input read as one article, in bytes: a whole {@code .txt}, {@code .html} or
 *                  {@code .json} file, or one line of a {@code .jsonl} file; default {@value #DEFAULT_MAX_BYTES}
 * @param textTitle where a plain-text file's headline comes from; default {@link TextTitle#FIRST_LINE}
 * @param cleaner   what the cleaner removes; default {@link CleanerConfig#DEFAULT}
 */
public record ReaderConfig(long maxBytes, TextTitle textTitle, CleanerConfig cleaner) {
    /** 10 MB (decimal): far above any news article, low enough to stop a mistaken dump file early. */
    public static final long DEFAULT_MAX_BYTES = 10_000_000L;

    /** Longest first line, in characters, that {@link TextTitle#FIRST_LINE} takes for a headline. */
    public static final int MAX_TITLE_CHARS = 200;

    /** The settings used when none are given. */
    public static final ReaderConfig DEFAULT =
            new ReaderConfig(DEFAULT_MAX_BYTES, TextTitle.FIRST_LINE, CleanerConfig.DEFAULT);

    /**
     * @throws IllegalArgumentException if maxBytes is not positive
     * @throws NullPointerException     if textTitle or cleaner is null
     */
    public ReaderConfig {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        Objects.requireNonNull(textTitle, "textTitle");
        Objects.requireNonNull(cleaner, "cleaner");
    }

    /**
     * @param bytes the new limit, in bytes
     * @return a copy of this configuration with that limit
     */
    public ReaderConfig withMaxBytes(long bytes) {
        return new ReaderConfig(bytes, textTitle, cleaner);
    }

    /**
     * @param title the new headline rule
     * @return a copy of this configuration with that rule
     */
    public ReaderConfig withTextTitle(TextTitle title) {
        return new ReaderConfig(maxBytes, title, cleaner);
    }
}
