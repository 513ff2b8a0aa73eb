package org.sitrep.geo;

/**
 * Thrown when the gazetteer index cannot be found or read.
 */
public final class GazetteerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the index
     * @param cause   the underlying failure, or null
     */
    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }
}
