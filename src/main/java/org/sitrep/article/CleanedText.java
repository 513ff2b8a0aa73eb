package org.sitrep.article;

import java.util.Objects;
import org.sitrep.text.OffsetMap;

/**
 * The result of {@link ArticleCleaner#clean(String, String)}.
 *
 * @param text         cleaned text: kept lines joined by {@code "\n"}, paragraphs by {@code "\n\n"}
 * @param offsets      map from offsets in {@code text} to offsets in the raw text
 * @param removedLines how many non-blank lines were dropped as boilerplate
 */
public record CleanedText(String text, OffsetMap offsets, int removedLines) {
    /** @throws NullPointerException if text or offsets is null */
    public CleanedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
    }
}
