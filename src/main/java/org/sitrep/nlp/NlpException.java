package org.sitrep.nlp;

/**
 * Thrown when the NLP models cannot be loaded or an article cannot be annotated.
 */
public class NlpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed and what to do
     * @param cause   the underlying error
     */
    public NlpException(String message, Throwable cause) {
        super(message, cause);
    }
}
