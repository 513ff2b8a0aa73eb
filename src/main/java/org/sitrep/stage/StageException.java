package org.sitrep.stage;

/**
 * Thrown when a configured stage implementation cannot be created: the name is unknown, the class is
 * missing, does not implement the stage, or has no usable constructor.
 */
public class StageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the stage and the implementation, and what to do
     * @param cause   the underlying error, or null
     */
    public StageException(String message, Throwable cause) {
        super(message, cause);
    }
}
