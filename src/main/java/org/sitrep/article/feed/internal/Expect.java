package org.sitrep.article.feed.internal;

/** What kind of document a download is for, which decides the content types accepted. */
public enum Expect {
    /** A web page: only HTML (or XHTML) is accepted, or an answer that names no content type. */
    PAGE,
    /** A feed: any content type, since servers label feeds in many ways; the feed reader checks the content. */
    FEED
}
