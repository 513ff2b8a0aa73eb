package org.sitrep.cli;

/**
 * A command was called with an argument it cannot use; the message says which and what to do.
 */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the call */
    public UsageException(String message) {
        super(message);
    }
}
