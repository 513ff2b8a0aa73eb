package org.sitrep.store;

/**
 * The event store could not do what was asked: the database is unreachable, the schema cannot be migrated,
 * or a statement failed. The message names the store and, where there is one, the article or event.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the store and the article or event
     * @param cause   the underlying error, or null
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
