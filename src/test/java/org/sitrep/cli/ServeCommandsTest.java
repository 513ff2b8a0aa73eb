package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreConfig;

/** {@code sitrep token create} and {@code sitrep watch add|list|remove}. */
class ServeCommandsTest {
    @Test
    void printsANewTokenThatTheStoreKnows(@TempDir Path dir) {
        String db = dir.resolve("s.db").toString();
        CommandRun run = CommandRun.main("token", "create", "--db", db, "--name", "feeder");
        assertEquals(0, run.code(), run.err());
        String token = run.out().strip();
        try (EventStore store = EventStore.open(StoreConfig.forDb(db))) {
            assertEquals(Optional.of("feeder"), store.tokenName(token), "the printed token should be stored hashed");
        }
    }

    @Test
    void addsListsAndRemovesAWatch(@TempDir Path dir) {
        String db = dir.resolve("s.db").toString();
        CommandRun added = CommandRun.main("watch", "add", "--db", db, "--name", "Gao", "--point", "16.27,-0.04",
                "--radius-km", "30", "--types", "Battles|Riots", "--min-fatalities", "2", "--webhook",
                "https://hooks.example/gao");
        assertEquals(0, added.code(), added.err());
        String json = "{\"id\":1,\"name\":\"Gao\",\"kind\":\"area\",\"point\":{\"lat\":16.27,\"lon\":-0.04},"
                + "\"radius_km\":30.0,\"country\":null,\"admin1\":null,\"event_types\":[\"Battles\",\"Riots\"],"
                + "\"min_fatalities\":2,\"webhook\":\"https://hooks.example/gao\"}";
        assertEquals(json, added.out().strip(), "the stored watch with its id");
        assertEquals(json, CommandRun.main("watch", "list", "--db", db).out().strip(), "listed");
        assertEquals(0, CommandRun.main("watch", "remove", "--db", db, "1").code(), "removed");
        assertEquals("", CommandRun.main("watch", "list", "--db", db).out(), "no watches left");
    }

    @Test
    void refusesToRemoveAnUnknownWatch(@TempDir Path dir) {
        CommandRun run = CommandRun.main("watch", "remove", "--db", dir.resolve("s.db").toString(), "7");
        assertEquals(1, run.code(), "no such watch");
        assertEquals("sitrep watch remove: no watch 7", run.err().strip(), "message");
    }

    @Test
    void refusesAPointWithoutARadius(@TempDir Path dir) {
        CommandRun run = CommandRun.main("watch", "add", "--db", dir.resolve("s.db").toString(), "--point", "1,2",
                "--webhook", "https://hooks.example/x");
        assertEquals(2, run.code(), "bad usage");
        assertTrue(run.err().contains("--point needs LAT,LON and --radius-km, got '1,2'"), run.err());
    }

    @Test
    void refusesAWebhookWithAPortOutOfRange(@TempDir Path dir) {
        assertRefusedWebhook(dir, "http://127.0.0.1:99999/x",
                "webhook 'http://127.0.0.1:99999/x': port 99999 is out of range 1..65535");
    }

    @Test
    void refusesAWebhookThatIsNotAUrl(@TempDir Path dir) {
        assertRefusedWebhook(dir, "http://hooks example/x",
                "webhook 'http://hooks example/x': not a URL (illegal character in authority at index 7)");
    }

    private static void assertRefusedWebhook(Path dir, String url, String message) {
        String db = dir.resolve("s.db").toString();
        CommandRun run = CommandRun.main("watch", "add", "--db", db, "--point", "1,2", "--radius-km", "5",
                "--webhook", url);
        assertEquals(2, run.code(), "bad usage");
        assertTrue(run.err().contains(message), run.err());
        assertEquals("", CommandRun.main("watch", "list", "--db", db).out(), "nothing stored");
    }
}
