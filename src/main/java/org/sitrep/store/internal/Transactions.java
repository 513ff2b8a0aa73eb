package org.sitrep.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.sitrep.store.StoreException;

/**
 * Runs work in one transaction on a connection, retrying it when it lost a race with another writer.
 */
public final class Transactions {
    private final Dialect dialect;
    private final int maxRetries;
    private final String store;

    /**
     * @param dialect    the back end
     * @param maxRetries how often to retry a lost race
     * @param store      the store's name for messages
     */
    public Transactions(Dialect dialect, int maxRetries, String store) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.maxRetries = maxRetries;
        this.store = store;
    }

    /**
     * @param c    a connection in auto-commit mode; left in auto-commit mode
     * @param mode writes take the writer lock first
     * @param what what is being done, for the error message, e.g. {@code ingesting article 'a1'}
     * @param work the work
     * @param <T>  its result
     * @return the result of the committed attempt
     * @throws StoreException when the work fails for any reason but a lost race, or loses every retry
     */
    public <T> T run(Connection c, Dialect.Mode mode, String what, SqlWork<T> work) {
        for (int attempt = 0; ; attempt++) {
            try {
                c.setAutoCommit(false);
                if (mode == Dialect.Mode.WRITE) {
                    dialect.lockForWrite(c);
                }
                T result = work.run(c);
                c.commit();
                c.setAutoCommit(true);
                return result;
            } catch (SQLException e) {
                rollback(c, e);
                if (!dialect.retryable(e) || attempt >= maxRetries) {
                    throw new StoreException(store + ": " + what + " failed: " + e.getMessage(), e);
                }
                pause(attempt);
            }
        }
    }

    private static void rollback(Connection c, SQLException cause) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(20L << Math.min(attempt, 6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(store + ": interrupted while waiting to retry", e);
        }
    }
}
