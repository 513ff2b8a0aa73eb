package org.sitrep.dedup;

/**
 * A dedup stage named in a {@link DedupConfig} cannot be created.
 */
public final class DedupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the stage and the implementation
     * @param cause   the underlying error, or null
     */
    public DedupException(String message, Throwable cause) {
        super(message, cause);
    }
}
