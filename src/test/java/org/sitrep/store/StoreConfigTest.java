package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * How a {@code --db} value becomes a store configuration.
 */
class StoreConfigTest {
    @Test
    void aPathIsASqliteFile() {
        StoreConfig c = StoreConfig.forDb("data/sitrep.db");
        assertEquals("jdbc:sqlite:" + Path.of("data/sitrep.db").toAbsolutePath(), c.jdbcUrl(), "an absolute file URL");
        assertEquals(Backend.SQLITE, c.backend(), "on SQLite");
    }

    @Test
    void aPostgresAddressGivesUrlUserAndPassword() {
        StoreConfig c = StoreConfig.forDb("postgresql://analyst:secret@db.example:5433/events");
        assertEquals("jdbc:postgresql://db.example:5433/events", c.jdbcUrl(), "the JDBC URL");
        assertEquals("analyst", c.user(), "the user");
        assertEquals("secret", c.password(), "the password");
        assertEquals(Backend.POSTGRESQL, c.backend(), "on PostgreSQL");
    }

    @Test
    void aPostgresAddressWithoutDatabaseIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StoreConfig.forDb("postgresql://analyst@db.example"));
        assertEquals("--db: expected postgresql://user@host:port/db, got postgresql://analyst@db.example",
                e.getMessage(), "the message shows the expected form");
    }
}
