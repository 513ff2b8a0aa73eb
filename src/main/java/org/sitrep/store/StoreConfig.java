package org.sitrep.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.dedup.DedupConfig;

/**
 * Where the event store lives and how it behaves.
 *
 * @param jdbcUrl     the JDBC URL, {@code jdbc:sqlite:...} or {@code jdbc:postgresql:...}
 * @param user        database user, or null (SQLite, or a user given inside the URL)
 * @param password    database password, or null
 * @param busyTimeout how long a writer waits for a lock before retrying (default 10 s)
 * @param maxRetries  how often a transaction is retried after a lock timeout or serialization failure
 *                    (default {@value #DEFAULT_MAX_RETRIES})
 * @param dedup       the rules for duplicate articles and events
 */
public record StoreConfig(String jdbcUrl, String user, String password, Duration busyTimeout, int maxRetries,
                          DedupConfig dedup) {
    /** The store used when {@code --db} is not given: a SQLite file in the working directory. */
    public static final String DEFAULT_DB = "sitrep.db";
    /** A writer waits this long for another writer to finish. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(10);
    /** A transaction that lost a race is tried this many more times. */
    public static final int DEFAULT_MAX_RETRIES = 5;

    /** @throws IllegalArgumentException if the URL is neither SQLite nor PostgreSQL, or a number is out of range */
    public StoreConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        Objects.requireNonNull(dedup, "dedup");
        if (!jdbcUrl.startsWith("jdbc:sqlite:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a SQLite or PostgreSQL JDBC URL: " + jdbcUrl);
        }
        if (busyTimeout.isNegative() || maxRetries < 0) {
            throw new IllegalArgumentException("bad busy timeout " + busyTimeout + " or retries " + maxRetries);
        }
    }

    /**
     * The configuration for a {@code --db} value.
     *
     * @param db a file path (SQLite), {@code postgresql://user[:password]@host[:port]/db} (PostgreSQL),
     *           or a full {@code jdbc:} URL
     * @return the configuration with default timeouts and rules
     * @throws IllegalArgumentException if a PostgreSQL address cannot be parsed
     */
    public static StoreConfig forDb(String db) {
        Objects.requireNonNull(db, "db");
        if (db.startsWith("jdbc:")) {
            return of(db, null, null);
        }
        if (db.startsWith("postgresql://") || db.startsWith("postgres://")) {
            return postgres(db);
        }
        return sqlite(Path.of(db));
    }

    /**
     * @param file the database file; created on first use
     * @return a SQLite configuration with the defaults
     */
    public static StoreConfig sqlite(Path file) {
        return of("jdbc:sqlite:" + file.toAbsolutePath(), null, null);
    }

    /**
     * @return the SQLite database file this configuration names; empty for PostgreSQL and for SQLite URLs that
     *         name no plain file (an in-memory database, URL parameters)
     */
    public Optional<Path> sqliteFile() {
        String prefix = "jdbc:sqlite:";
        if (!jdbcUrl.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring(prefix.length());
        if (rest.isEmpty() || rest.startsWith(":memory:") || rest.contains("?") || rest.startsWith("file:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(rest));
    }

    /** @return which engine the URL names */
    public Backend backend() {
        return jdbcUrl.startsWith("jdbc:sqlite:") ? Backend.SQLITE : Backend.POSTGRESQL;
    }

    /**
     * @param rules other dedup rules
     * @return this configuration with them
     */
    public StoreConfig withDedup(DedupConfig rules) {
        return new StoreConfig(jdbcUrl, user, password, busyTimeout, maxRetries, rules);
    }

    private static StoreConfig of(String url, String user, String password) {
        return new StoreConfig(url, user, password, DEFAULT_BUSY_TIMEOUT, DEFAULT_MAX_RETRIES, DedupConfig.DEFAULT);
    }

    private static StoreConfig postgres(String db) {
        URI uri;
        try {
            uri = new URI(db);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--db: not a postgresql://user@host:port/db address: " + db, e);
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("--db: expected postgresql://user@host:port/db, got " + db);
        }
        String user = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : null;
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return of("jdbc:postgresql://" + uri.getHost() + port + uri.getPath() + query, user, password);
    }
}
