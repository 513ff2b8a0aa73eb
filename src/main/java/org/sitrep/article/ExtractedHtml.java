package org.sitrep.article;

import java.util.Objects;

/**
 * What {@link HtmlExtractor} found in a page.
 *
 * @param title the headline, or null when the page has none
 * @param text  the main body: one paragraph per block, separated by blank lines; empty when none was found
 */
public record ExtractedHtml(String title, String text) {
    /** @throws NullPointerException if text is null */
    public ExtractedHtml {
        Objects.requireNonNull(text, "text");
    }
}
