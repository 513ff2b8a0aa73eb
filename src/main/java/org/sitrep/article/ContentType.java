package org.sitrep.article;

/** How an article's content is written. */
public enum ContentType {
    /** Plain text, cleaned as it is. */
    TEXT,
    /** An HTML page or fragment, whose main text {@link HtmlExtractor} pulls out before cleaning. */
    HTML
}
