package org.sitrep.store.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.sitrep.store.Backend;
import org.sitrep.store.StoreConfig;

/**
 * What differs between SQLite and PostgreSQL: connecting, locking for writes, the spatial index query and
 * which errors mean "try again".
 */
public final class Dialect {
    /** How a connection is used. */
    public enum Mode {
        /** Ingest and merge: serialised with other writers. */
        WRITE,
        /** Queries: a consistent snapshot, never blocking the writer. */
        READ
    }

    // Any fixed key: all store writers of one PostgreSQL database take this one advisory lock.
    private static final long WRITER_LOCK = 0x5172_6570L;
    private final StoreConfig config;

    /** @param config the store */
    public Dialect(StoreConfig config) {
        this.config = config;
    }

    /** @return the engine */
    public Backend backend() {
        return config.backend();
    }

    /**
     * @param mode how the connection will be used
     * @return an open connection in auto-commit mode
     * @throws SQLException if the database cannot be reached
     */
    public Connection connect(Mode mode) throws SQLException {
        Properties p = new Properties();
        if (config.user() != null) {
            p.setProperty("user", config.user());
        }
        if (config.password() != null) {
            p.setProperty("password", config.password());
        }
        if (backend() == Backend.SQLITE) {
            p.setProperty("journal_mode", "WAL");
            // NORMAL is durable against a killed process in WAL mode; only a power cut can lose the last commits.
            p.setProperty("synchronous", "NORMAL");
            p.setProperty("busy_timeout", Long.toString(config.busyTimeout().toMillis()));
            p.setProperty("foreign_keys", "true");
            p.setProperty("transaction_mode", mode == Mode.WRITE ? "IMMEDIATE" : "DEFERRED");
        }
        Connection c = DriverManager.getConnection(config.jdbcUrl(), p);
        if (backend() == Backend.POSTGRESQL) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
        return c;
    }

    /**
     * Makes the current transaction the only writer. SQLite does this by BEGIN IMMEDIATE; PostgreSQL by a
     * transaction-scoped advisory lock, so that two ingests cannot both miss each other's new event.
     */
    public void lockForWrite(Connection c) throws SQLException {
        if (backend() == Backend.POSTGRESQL) {
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + WRITER_LOCK + ")");
            }
        }
    }

    /**
     * @return SQL selecting the ids of indexed events whose box meets a query box; parameters in order:
     *         min day, max day, min lat, max lat, min lon, max lon of the query box
     */
    public String boxQuery() {
        if (backend() == Backend.SQLITE) {
            return "SELECT id FROM event_index WHERE max_day >= ?1 AND min_day <= ?2 AND max_lat >= ?3"
                    + " AND min_lat <= ?4 AND max_lon >= ?5 AND min_lon <= ?6";
        }
        return "SELECT id FROM event_index WHERE box(point(min_day, min_lat), point(max_day, max_lat))"
                + " && box(point(?, ?), point(?, ?)) AND max_lon >= ? AND min_lon <= ?";
    }

    /** @return true when the box query takes its parameters as (min day, min lat, max day, max lat, ...) */
    public boolean boxQueryPairsCorners() {
        return backend() == Backend.POSTGRESQL;
    }

    /**
     * @param e an error from a transaction
     * @return true when it lost a race (lock timeout, serialization failure, deadlock) and may be retried
     */
    public boolean retryable(SQLException e) {
        String state = e.getSQLState();
        if (backend() == Backend.POSTGRESQL) {
            return "40001".equals(state) || "40P01".equals(state);
        }
        int code = e.getErrorCode() & 0xFF;
        return code == 5 || code == 6;
    }
}
