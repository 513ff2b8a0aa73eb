package org.sitrep.lang;

/**
 * Thrown when a language bundle, or one of its resources, is missing or malformed.
 */
public class LanguageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the bundle and resource, and what to do
     * @param cause   the underlying error, or null
     */
    public LanguageException(String message, Throwable cause) {
        super(message, cause);
    }
}
