package org.sitrep.web.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreConfig;

class WatchStoreTest {
    private static Watch watch(String name) {
        return new Watch(0, name, WatchKind.AREA, new Area.Circle(1, 2, 3), null, null, Set.of(), 0,
                URI.create("https://hooks.example/" + name));
    }

    @Test
    void removingAWatchDropsItsPendingDeliveries(@TempDir Path dir) {
        try (WatchStore watches = WatchStore.open(StoreConfig.forDb(dir.resolve("s.db").toString()))) {
            Watch gone = watches.add(watch("gone"));
            Watch kept = watches.add(watch("kept"));
            watches.enqueue(gone, "EV-1 r1", "{}");
            watches.enqueue(kept, "EV-1 r1", "{}");
            assertTrue(watches.remove(gone.id()), "removed");
            assertEquals(1, watches.pending(), "only the kept watch's delivery waits");
            assertEquals(kept.id(), watches.due(Instant.now().plusSeconds(1), 10).get(0).watchId(), "and is due");
        }
    }

    @Test
    void refusesToStoreAWatchWhoseWebhookPortIsOutOfRange(@TempDir Path dir) {
        try (WatchStore watches = WatchStore.open(StoreConfig.forDb(dir.resolve("s.db").toString()))) {
            Watch bad = new Watch(0, "x", WatchKind.AREA, new Area.Circle(1, 2, 3), null, null, Set.of(), 0,
                    URI.create("http://h.example:70000/"));
            assertEquals("webhook 'http://h.example:70000/': port 70000 is out of range 1..65535",
                    assertThrows(IllegalArgumentException.class, () -> watches.add(bad)).getMessage());
            assertEquals(List.of(), watches.list(), "nothing stored");
        }
    }

    @Test
    void listsAWatchStoredBeforeWebhooksWereChecked(@TempDir Path dir) throws Exception {
        StoreConfig config = StoreConfig.forDb(dir.resolve("s.db").toString());
        try (WatchStore watches = WatchStore.open(config)) {
            try (Connection c = EventStore.connect(config); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO watches (name, kind, latitude, longitude, radius_km, event_types,"
                        + " min_fatalities, webhook_url, created_at) VALUES ('old', 'AREA', 1, 2, 3, '', 0,"
                        + " 'http://127.0.0.1:99999/x', '2024-01-01T00:00:00Z')");
            }
            Watch old = watches.list().get(0);
            assertEquals("http://127.0.0.1:99999/x", old.webhook().toString(), "listed, so that it can be removed");
            assertTrue(watches.remove(old.id()), "and removed");
        }
    }
}
