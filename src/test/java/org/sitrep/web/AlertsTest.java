package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.article.Article;
import org.sitrep.store.EventStore;
import org.sitrep.util.Json;
import org.sitrep.web.alert.AlertConfig;
import org.sitrep.web.alert.Area;
import org.sitrep.web.alert.Watch;
import org.sitrep.web.alert.WatchKind;
import org.sitrep.web.alert.WatchStore;

/** Watches matched on ingest, webhook deliveries with retries and across a restart, and /api/watches. */
class AlertsTest {
    private static final AlertConfig FAST = new AlertConfig(Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(400), Duration.ofSeconds(5));
    private static final ServeConfig CONFIG = ServeConfig.DEFAULT.withAlerts(FAST);
    // The fake extractor puts every posted article's event in Santiago de Chile, with no fatalities.
    private static final String ARTICLE = "{\"id\":\"santiago\",\"published\":\"2024-06-03\",\"title\":\"March\","
            + "\"text\":\"Students marched in Santiago. Nobody was hurt.\"}";

    private static Watch aroundSantiago(String url, int minFatalities, Set<String> types) {
        return new Watch(0, "Santiago", WatchKind.AREA, new Area.Circle(-33.45, -70.66, 50), null, null, types,
                minFatalities, URI.create(url));
    }

    private static void addWatch(Api api, Watch watch) {
        try (WatchStore watches = WatchStore.open(api.store.config())) {
            watches.add(watch);
        }
    }

    private static JsonNode json(String body) throws Exception {
        return Json.mapper().readTree(body);
    }

    @Test
    void postsAMatchingEventToTheWebhook(@TempDir Path dir) throws Exception {
        try (Webhook hook = new Webhook(); Api api = new Api(dir, CONFIG)) {
            addWatch(api, aroundSantiago(hook.url(), 0, Set.of("Protests")));
            api.post("/api/articles", api.store.createToken("t"), ARTICLE);
            String body = hook.next(10);
            assertNotNull(body, "the webhook should receive the match");
            JsonNode alert = json(body);
            assertEquals("Santiago", alert.get("watch").get("name").asText(), "the watch is named");
            assertEquals("EV-6", alert.get("event").get("event_id").asText(), "the new event is sent");
        }
    }

    @Test
    void postsAMatchStoredByAnotherProcess(@TempDir Path dir) throws Exception {
        try (Webhook hook = new Webhook(); Api api = new Api(dir, CONFIG)) {
            addWatch(api, aroundSantiago(hook.url(), 0, Set.of("Protests")));
            // as `sitrep ingest` would, through its own connection to the same store, not through the server
            try (EventStore other = EventStore.open(api.store.config())) {
                Article article = Article.of("elsewhere", LocalDate.of(2024, 6, 3),
                        "Students marched in Santiago again. Nobody was hurt.");
                other.ingest(article, Seeds.fakeExtract(article));
            }
            String body = hook.next(10);
            assertNotNull(body, "the webhook should receive the match stored by the other process");
            assertEquals("Santiago", json(body).get("watch").get("name").asText(), "the watch is named");
        }
    }

    @Test
    void ignoresEventsOfOtherTypes(@TempDir Path dir) throws Exception {
        try (Webhook hook = new Webhook(); Api api = new Api(dir, CONFIG)) {
            addWatch(api, aroundSantiago(hook.url(), 0, Set.of("Battles")));
            api.post("/api/articles", api.store.createToken("t"), ARTICLE);
            assertNull(hook.next(1), "a protest must not match a battles watch");
        }
    }

    @Test
    void ignoresEventsWithTooFewFatalities(@TempDir Path dir) throws Exception {
        try (Webhook hook = new Webhook(); Api api = new Api(dir, CONFIG)) {
            addWatch(api, aroundSantiago(hook.url(), 1, Set.of()));
            api.post("/api/articles", api.store.createToken("t"), ARTICLE);
            assertNull(hook.next(1), "nobody died, the watch asks for at least one");
        }
    }

    @Test
    void ignoresEventsOutsideTheArea(@TempDir Path dir) throws Exception {
        try (Webhook hook = new Webhook(); Api api = new Api(dir, CONFIG)) {
            addWatch(api, new Watch(0, "Lima", WatchKind.AREA, new Area.Circle(-12.05, -77.04, 300), null, null,
                    Set.of(), 0, URI.create(hook.url())));
            api.post("/api/articles", api.store.createToken("t"), ARTICLE);
            assertNull(hook.next(1), "Santiago is far from Lima");
        }
    }

    @Test
    void retriesWithBackOffUntilTheWebhookAccepts(@TempDir Path dir) throws Exception {
        try (Webhook hook = new Webhook(); Api api = new Api(dir, CONFIG)) {
            hook.status.set(503);
            addWatch(api, aroundSantiago(hook.url(), 0, Set.of()));
            api.post("/api/articles", api.store.createToken("t"), ARTICLE);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (hook.attempts.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(hook.attempts.get() >= 3, "the refused delivery should be retried, attempts: " + hook.attempts);
            hook.status.set(200);
            assertNotNull(hook.next(10), "the delivery should go through once the webhook accepts");
        }
    }

    @Test
    void deliversAfterARestartWhatWasPendingBefore(@TempDir Path dir) throws Exception {
        try (Webhook hook = new Webhook()) {
            hook.status.set(500);
            try (Api first = new Api(dir, CONFIG)) {
                addWatch(first, aroundSantiago(hook.url(), 0, Set.of()));
                first.post("/api/articles", first.store.createToken("t"), ARTICLE);
                try (WatchStore watches = WatchStore.open(first.store.config())) {
                    assertEquals(1, watches.pending(), "the delivery should wait in the outbox");
                }
            }
            hook.status.set(200);
            try (Api second = Api.reopen(dir, CONFIG)) {
                String body = hook.next(10);
                assertNotNull(body, "the restarted server should deliver the pending alert");
                assertEquals("EV-6", json(body).get("event").get("event_id").asText(), "the same event");
                assertNull(hook.next(1), "and deliver it once");
            }
        }
    }

    @Test
    void reportsASurgeInADivision(@TempDir Path dir) throws Exception {
        try (Webhook hook = new Webhook(); Api api = new Api(dir, CONFIG)) {
            addWatch(api, new Watch(0, "Santiago surge", WatchKind.SURGE, null, "Chile", "Santiago Metropolitan",
                    Set.of(), 0, URI.create(hook.url())));
            api.post("/api/articles", api.store.createToken("t"), ARTICLE);
            JsonNode alert = json(hook.next(10));
            assertEquals("2024-W23", alert.get("week").asText(), "3 June 2024 is in ISO week 23");
            assertEquals(1, alert.get("events").asInt(), "one event this week");
            assertEquals(0.0, alert.get("weekly_mean_before").asDouble(), "none in the four weeks before");
        }
    }

    @Test
    void managesWatchesOverTheApi(@TempDir Path dir) throws Exception {
        try (Api api = new Api(dir, CONFIG)) {
            String token = api.store.createToken("t");
            String watch = "{\"name\":\"Aleppo\",\"point\":{\"lat\":36.2,\"lon\":37.16},\"radius_km\":25,"
                    + "\"event_types\":[\"Battles\"],\"min_fatalities\":5,\"webhook\":\"https://hooks.example/a\"}";
            HttpResponse<String> created = api.post("/api/watches", token, watch);
            assertEquals(201, created.statusCode(), created.body());
            assertEquals("{\"id\":1,\"name\":\"Aleppo\",\"kind\":\"area\",\"point\":{\"lat\":36.2,\"lon\":37.16},"
                    + "\"radius_km\":25.0,\"country\":null,\"admin1\":null,\"event_types\":[\"Battles\"],"
                    + "\"min_fatalities\":5,\"webhook\":\"https://hooks.example/a\"}", created.body(), "the stored watch");
            assertEquals("[" + created.body() + "]", api.get("/api/watches").body(), "listed");
            assertEquals(204, api.delete("/api/watches/1", token).statusCode(), "removed");
            assertEquals("{\"status\":404,\"error\":\"not found\",\"message\":\"no watch 1\"}",
                    api.delete("/api/watches/1", token).body(), "gone");
        }
    }

    @Test
    void refusesAWatchWithoutAnArea(@TempDir Path dir) {
        try (Api api = new Api(dir, CONFIG)) {
            HttpResponse<String> r = api.post("/api/watches", api.store.createToken("t"),
                    "{\"name\":\"x\",\"webhook\":\"https://hooks.example/a\"}");
            assertEquals("{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\",\"problems\":"
                    + "[{\"parameter\":\"body.point\",\"problem\":\"an area watch needs point {lat, lon} and radius_km,"
                    + " or polygon\"}]}", r.body(), "body");
        }
    }

    @Test
    void refusesWatchChangesWithoutAToken(@TempDir Path dir) {
        try (Api api = new Api(dir, CONFIG)) {
            assertEquals(401, api.post("/api/watches", null, "{}").statusCode(), "adding needs a token");
            assertEquals(401, api.delete("/api/watches/1", null).statusCode(), "removing needs a token");
        }
    }

    @Test
    void refusesAWatchWhoseWebhookPortIsOutOfRange(@TempDir Path dir) {
        try (Api api = new Api(dir, CONFIG)) {
            HttpResponse<String> r = api.post("/api/watches", api.store.createToken("t"),
                    "{\"name\":\"x\",\"point\":{\"lat\":1,\"lon\":2},\"radius_km\":5,"
                            + "\"webhook\":\"http://127.0.0.1:99999/x\"}");
            assertEquals(400, r.statusCode(), r.body());
            assertEquals("{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\",\"problems\":"
                    + "[{\"parameter\":\"body.webhook\",\"problem\":\"webhook 'http://127.0.0.1:99999/x': port 99999"
                    + " is out of range 1..65535\"}]}", r.body(), "body");
        }
    }

    @Test
    void keepsDeliveringWhenOneStoredWebhookCannotBeSent(@TempDir Path dir) throws Exception {
        try (Webhook hook = new Webhook(); Api api = new Api(dir, CONFIG)) {
            // A watch stored before webhooks were checked, first in line: the HTTP client refuses its port.
            try (Connection c = EventStore.connect(api.store.config()); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO watches (name, kind, latitude, longitude, radius_km, event_types,"
                        + " min_fatalities, webhook_url, created_at) VALUES ('bad', 'AREA', -33.45, -70.66, 50, '', 0,"
                        + " 'http://127.0.0.1:99999/x', '2024-01-01T00:00:00Z')");
            }
            addWatch(api, aroundSantiago(hook.url(), 0, Set.of()));
            api.post("/api/articles", api.store.createToken("t"), ARTICLE);
            assertNotNull(hook.next(10), "the good webhook should still receive the match");
            api.post("/api/articles", api.store.createToken("u"), ARTICLE.replace("santiago", "again")
                    .replace("Students marched", "Workers marched"));
            assertNotNull(hook.next(10), "and the next one: the delivery thread is alive");
            try (Connection c = EventStore.connect(api.store.config()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT last_error FROM alert_outbox WHERE webhook_url LIKE '%99999%'"
                         + " ORDER BY id LIMIT 1")) {
                assertTrue(rs.next(), "the bad delivery is in the outbox");
                assertEquals("webhook 'http://127.0.0.1:99999/x': port 99999 is out of range 1..65535", rs.getString(1),
                        "its error is recorded");
            }
        }
    }

    @Test
    void aRestartSendsNothingForEventsStoredBeforeTheWatch(@TempDir Path dir) throws Exception {
        try (Webhook hook = new Webhook()) {
            try (Api first = new Api(dir, CONFIG)) {
                first.post("/api/articles", first.store.createToken("t"), ARTICLE);
                addWatch(first, aroundSantiago(hook.url(), 0, Set.of()));
            }
            try (Api second = Api.reopen(dir, CONFIG)) {
                assertNull(hook.next(2), "the event is older than the watch: the restart must not send it");
                second.post("/api/articles", second.store.createToken("u"), ARTICLE.replace("santiago", "later")
                        .replace("Students marched", "Workers marched"));
                assertNotNull(hook.next(10), "an event stored after the watch is sent");
                assertNull(hook.next(1), "and only that one");
            }
        }
    }
}
