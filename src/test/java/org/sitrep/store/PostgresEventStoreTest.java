package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The store contract on a real PostgreSQL server, named by the environment variable {@code SITREP_TEST_PG}
 * (a JDBC URL with user and password, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/sitrep?user=sitrep&password=sitrep}); skipped when it is unset.
 * Each test starts from an empty {@code public} schema.
 */
class PostgresEventStoreTest extends EventStoreContract {
    @Override
    StoreConfig freshStore() {
        String url = System.getenv("SITREP_TEST_PG");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "SITREP_TEST_PG is not set: PostgreSQL tests skipped");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE");
            st.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the test database " + url, e);
        }
        return StoreConfig.forDb(url);
    }
}
