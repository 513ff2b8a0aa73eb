package org.sitrep.article.feed;

/**
 * A feed or page could not be read. The message is written for the user: it names the source (a URL or a file)
 * and says what to do.
 */
public abstract class SourceException extends RuntimeException {
    private final String source;

    /**
     * @param source  the URL or file, as the user gave it or as the feed named it
     * @param message the user-facing message, naming the source
     * @param cause   the underlying error, or null
     */
    protected SourceException(String source, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
    }

    /** @return the URL or file the message is about */
    public String source() {
        return source;
    }

    /**
     * @return whether the same request may well succeed later (a timeout, a lost connection, a failing server),
     *         as opposed to a problem that only a change of the source or of the settings can fix
     */
    public abstract boolean retryable();
}
