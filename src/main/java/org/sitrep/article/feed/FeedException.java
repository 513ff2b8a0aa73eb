package org.sitrep.article.feed;

import java.util.Objects;

/** A feed document that gives no items: broken XML, no content, or not a feed at all. */
public final class FeedException extends SourceException {
    /** What is wrong with the document. */
    public enum Kind {
        /** The file is missing or cannot be read. */
        UNREADABLE,
        /** The document is empty, or a feed with no items. */
        EMPTY,
        /** The document is not well-formed XML. */
        MALFORMED,
        /** The document is an HTML page or XML of another kind. */
        NOT_A_FEED
    }

    private final Kind kind;

    /**
     * @param kind    what is wrong
     * @param source  the feed's URL or file
     * @param message the user-facing message, naming the source
     * @param cause   the underlying error, or null
     * @throws NullPointerException if kind is null
     */
    public FeedException(Kind kind, String source, String message, Throwable cause) {
        super(source, message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** @return what is wrong with the document */
    public Kind kind() {
        return kind;
    }

    /** @return true only for an unreadable file: a feed document that is wrong now is wrong until its owner fixes it */
    @Override
    public boolean retryable() {
        return kind == Kind.UNREADABLE;
    }
}
