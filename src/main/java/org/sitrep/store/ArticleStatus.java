package org.sitrep.store;

/**
 * What the store made of an article.
 */
public enum ArticleStatus {
    /** First seen: stored, its events merged into the store. */
    NEW,
    /** The same URL or the same cleaned text is already stored: nothing changed. */
    DUPLICATE,
    /** A syndicated copy or light rewrite of a stored article: stored and linked, its events add no sources. */
    NEAR_DUPLICATE
}
