package org.sitrep.eval;

/**
 * A failure while evaluating against a gold file; the message names the file, line or article concerned.
 */
public class EvalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, with its context
     * @param cause   the underlying failure, or null
     */
    public EvalException(String message, Throwable cause) {
        super(message, cause);
    }
}
