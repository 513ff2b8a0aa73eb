package org.sitrep.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done inside one transaction.
 *
 * @param <T> its result
 */
@FunctionalInterface
public interface SqlWork<T> {
    /**
     * @param connection the connection, inside a transaction
     * @return the result
     * @throws SQLException to roll back (and retry when the error was a lost race)
     */
    T run(Connection connection) throws SQLException;
}
