package org.sitrep.spark;

/**
 * The Spark job failed: the input could not be read, the output could not be written, or a stage failed.
 */
public final class JobException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the input or output
     * @param cause   the underlying failure
     */
    public JobException(String message, Throwable cause) {
        super(message, cause);
    }
}
