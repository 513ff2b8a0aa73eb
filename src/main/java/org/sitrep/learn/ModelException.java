package org.sitrep.learn;

/**
 * A model file is missing, unreadable, of another format or version, or inconsistent; or fitting failed.
 * The message names the file and says what to do.
 */
public final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the file
     * @param cause   the underlying failure, or null
     */
    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
