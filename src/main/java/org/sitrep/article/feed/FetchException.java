package org.sitrep.article.feed;

import java.util.Objects;

/** An HTTP download that gave no usable page or feed. */
public final class FetchException extends SourceException {
    /** Why the download failed. */
    public enum Kind {
        /** Not an absolute http or https URL. */
        BAD_ADDRESS,
        /** No connection, or no complete answer, within the configured time. */
        TIMEOUT,
        /** The connection failed or broke off. */
        NETWORK,
        /** The server answered with a status other than 2xx; see {@link FetchException#status()}. */
        HTTP_STATUS,
        /** The body is larger than the configured limit. */
        TOO_LARGE,
        /** A page was wanted but the server sent another kind of content. */
        NOT_HTML,
        /** The page holds no article text once boilerplate is removed. */
        NO_TEXT
    }

    private final Kind kind;
    private final int status;

    /**
     * @param kind    why the download failed
     * @param status  the HTTP status for {@link Kind#HTTP_STATUS}, else 0
     * @param source  the URL
     * @param message the user-facing message, naming the URL
     * @param cause   the underlying error, or null
     * @throws NullPointerException if kind is null
     */
    public FetchException(Kind kind, int status, String source, String message, Throwable cause) {
        super(source, message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = status;
    }

    /** @return why the download failed */
    public Kind kind() {
        return kind;
    }

    /** @return the HTTP status the server answered with, or 0 when the failure is not a status */
    public int status() {
        return status;
    }

    /** @return true for timeouts, broken connections, 5xx answers and the "come back later" statuses 408 and 429 */
    @Override
    public boolean retryable() {
        return switch (kind) {
            case TIMEOUT, NETWORK -> true;
            case HTTP_STATUS -> status >= 500 || status == 408 || status == 429;
            default -> false;
        };
    }
}
