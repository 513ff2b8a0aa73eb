package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API tokens, page totals and counts: the store's additions for {@code sitrep serve}. */
class ServingAdditionsTest {
    @Test
    void createsATokenItCanRecogniseLater(@TempDir Path dir) {
        try (EventStore store = EventStore.open(StoreConfig.sqlite(dir.resolve("s.db")))) {
            String token = store.createToken("feeder");
            assertTrue(token.matches("sitrep_[A-Za-z0-9_-]{43}"), "a prefix and 256 bits in base64url: " + token);
            assertEquals(Optional.of("feeder"), store.tokenName(token), "the token is known by its name");
            assertEquals(Optional.empty(), store.tokenName(token + "x"), "any other text is not a token");
        }
    }

    @Test
    void keepsOnlyTheTokensHash(@TempDir Path dir) throws SQLException {
        StoreConfig config = StoreConfig.sqlite(dir.resolve("s.db"));
        String token;
        try (EventStore store = EventStore.open(config)) {
            token = store.createToken("feeder");
        }
        try (Connection c = DriverManager.getConnection(config.jdbcUrl());
             ResultSet rs = c.createStatement().executeQuery("SELECT hash FROM api_tokens")) {
            assertTrue(rs.next(), "one token row");
            assertEquals(64, rs.getString(1).length(), "a SHA-256 in hex");
            assertFalse(rs.getString(1).contains(token.substring(7)), "the token itself is not stored");
        }
    }

    @Test
    void pagesCountEveryMatchAndNameNoUpdateWhenEmpty(@TempDir Path dir) {
        try (EventStore store = EventStore.open(StoreConfig.sqlite(dir.resolve("s.db")))) {
            EventPage page = store.page(EventQuery.ALL);
            assertEquals(0, page.total(), "an empty store has no events");
            assertEquals(null, page.lastUpdate(), "nor a last update");
            assertEquals(new EventCounts(java.util.Map.of(), java.util.Map.of(), java.util.Map.of()),
                    store.counts(EventQuery.ALL), "nor counts");
        }
    }
}
