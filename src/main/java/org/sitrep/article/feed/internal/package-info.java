/**
 * The HTTP and feed plumbing behind {@code org.sitrep.article.feed}: capped downloads, canonical URLs and
 * article ids, page meta tags, feed item mapping, document sniffing and back-off timing. Used by
 * {@code org.sitrep.article.feed} only; not a public API.
 */
package org.sitrep.article.feed.internal;
