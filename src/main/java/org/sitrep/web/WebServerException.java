package org.sitrep.web;

/** The server cannot start, e.g. because its port is taken. */
public final class WebServerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the address
     * @param cause   the underlying failure
     */
    public WebServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
