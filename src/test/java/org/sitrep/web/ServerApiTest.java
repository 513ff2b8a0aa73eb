package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.web.internal.SecurityHeaders;

/** The event detail, statistics, health, OpenAPI, metrics and static endpoints, and unknown routes. */
class ServerApiTest {
    @TempDir
    static Path dir;
    private static Api api;

    @BeforeAll
    static void serve() {
        api = new Api(dir);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void showsAnEventWithItsSourceAndHighlightedEvidence() {
        HttpResponse<String> r = api.get("/api/events/EV-1");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode source = Api.json(r).get("sources").get(0);
        assertEquals("Reuters", source.get("outlet").asText(), "outlet name");
        assertEquals("https://news.example/baghdad", source.get("url").asText(), "link");
        JsonNode evidence = source.get("evidence");
        JsonNode killed = evidence.get(0).get("field").asText().equals("fatalities") ? evidence.get(0) : evidence.get(1);
        assertEquals("Three people were killed when rockets hit a market in Baghdad on Monday.",
                killed.get("sentence").asText(), "the sentence around the fatalities span");
        assertEquals("[0,24]", killed.get("highlight").toString(), "'Three people were killed' is 24 characters");
    }

    @Test
    void highlightsWordsInsideTheSentenceNotTheArticle() {
        JsonNode evidence = Api.json(api.get("/api/events/EV-5")).get("sources").get(0).get("evidence");
        JsonNode location = evidence.get(0).get("field").asText().equals("location") ? evidence.get(0) : evidence.get(1);
        String sentence = location.get("sentence").asText();
        int start = location.get("highlight").get(0).asInt();
        int end = location.get("highlight").get(1).asInt();
        assertEquals("Basra", sentence.substring(start, end), "the highlight should cover the place name");
    }

    @Test
    void showsTheCreationInTheHistory() {
        JsonNode history = Api.json(api.get("/api/events/EV-2")).get("history");
        assertEquals(1, history.size(), "one revision: the creation");
        assertEquals(0, history.get(0).get("revision").asInt(), "revision 0");
        assertEquals("aleppo", history.get(0).get("article_id").asText(), "created by its article");
    }

    @Test
    void answersAnUnknownEventWith404() {
        HttpResponse<String> r = api.get("/api/events/EV-999");
        assertEquals(404, r.statusCode(), "unknown id");
        assertEquals("{\"status\":404,\"error\":\"not found\",\"message\":\"no event EV-999\"}", r.body(), "body");
    }

    @Test
    void answersAMalformedEventIdWith404() {
        HttpResponse<String> r = api.get("/api/events/robert');DROP");
        assertEquals(404, r.statusCode(), "not an id the store issues");
        assertEquals("{\"status\":404,\"error\":\"not found\",\"message\":\"no event robert');DROP\"}", r.body(), "body");
    }

    @Test
    void redirectsAMergedIdToTheKeptEvent(@TempDir Path other) {
        try (Api merged = new Api(other)) {
            merged.store.merge("EV-1", "EV-5", "same event, reported twice");
            HttpResponse<String> r = merged.get("/api/events/EV-5");
            assertEquals(308, r.statusCode(), "a merged-away id moved for good");
            assertEquals("/api/events/EV-1", r.headers().firstValue("Location").orElse(""), "to the kept id");
            assertEquals("{\"status\":308,\"moved_to\":\"EV-1\"}", r.body(), "body");
        }
    }

    @Test
    void countsByTypeCountryAndIsoWeek() {
        HttpResponse<String> r = api.get("/api/stats");
        assertEquals("{\"total\":5,\"by_type\":{\"Battles\":1,\"Explosions/Remote violence\":1,\"Protests\":2,"
                + "\"Violence against civilians\":1},\"by_country\":{\"Iraq\":2,\"Kenya\":1,\"Nigeria\":1,\"Syria\":1},"
                + "\"by_week\":{\"2024-W10\":1,\"2024-W11\":1,\"2024-W14\":1,\"2024-W16\":1,\"2024-W18\":1}}",
                r.body(), "4 March 2024 is a Monday of week 10; 30 April a Tuesday of week 18");
    }

    @Test
    void countsOnlyFilteredEvents() {
        assertEquals("{\"total\":2,\"by_type\":{\"Explosions/Remote violence\":1,\"Protests\":1},"
                + "\"by_country\":{\"Iraq\":2},\"by_week\":{\"2024-W10\":1,\"2024-W18\":1}}",
                api.get("/api/stats?country=Iraq").body(), "Iraq only");
    }

    @Test
    void refusesPagingParametersOnStats() {
        HttpResponse<String> r = api.get("/api/stats?limit=5");
        assertEquals(400, r.statusCode(), "stats have no pages");
        assertEquals("{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\","
                + "\"problems\":[{\"parameter\":\"limit\",\"problem\":\"unknown parameter\"}]}", r.body(), "body");
    }

    @Test
    void reportsHealthWithTheEventCount() {
        assertEquals("{\"status\":\"ok\",\"events\":5}", api.get("/api/health").body(), "healthy, five events");
    }

    @Test
    void servesAnOpenApiDocumentNamingEveryEndpoint() {
        JsonNode doc = Api.json(api.get("/api/openapi.json"));
        assertEquals("3.0.3", doc.get("openapi").asText(), "OpenAPI version");
        for (String path : new String[]{"/api/events", "/api/events/{id}", "/api/stats", "/api/health",
                "/api/articles", "/metrics"}) {
            assertTrue(doc.get("paths").has(path), "the document should describe " + path);
        }
    }

    @Test
    void exposesRequestCountsByRouteTemplate() {
        api.get("/api/events/EV-3");
        String metrics = api.get("/metrics").body();
        assertTrue(metrics.contains("sitrep_http_requests_total{method=\"GET\",route=\"/api/events/{id}\",status=\"200\"}"),
                "requests should be labelled with the route, not the id:\n" + metrics);
        assertTrue(metrics.contains("\nsitrep_events_stored 5\n"), "the stored-events gauge:\n" + metrics);
        assertTrue(metrics.contains("# TYPE sitrep_http_request_duration_seconds histogram"), "latency histogram");
    }

    @Test
    void answersAnUnknownApiRouteWithJson404() {
        HttpResponse<String> r = api.get("/api/nothing");
        assertEquals(404, r.statusCode(), "no such route");
        assertEquals("{\"status\":404,\"error\":\"not found\",\"message\":\"no such resource: GET /api/nothing\"}",
                r.body(), "body");
    }

    @Test
    void servesTheMapPage() {
        HttpResponse<String> r = api.get("/");
        assertEquals(200, r.statusCode(), "the page");
        assertTrue(r.body().contains("<div id=\"map\""), "the map element");
        assertEquals(200, api.get("/vendor/leaflet.js").statusCode(), "Leaflet comes from the jar");
        assertEquals(200, api.get("/vendor/countries-110m.json").statusCode(), "the outlines come from the jar");
    }

    @Test
    void sendsTheSecurityHeadersOnPagesFilesAnswersAndRefusals() {
        for (String path : new String[]{"/", "/app.js", "/vendor/leaflet.css", "/api/events", "/api/nothing",
                "/api/stats?limit=5", "/metrics"}) {
            HttpResponse<String> r = api.get(path);
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY,
                    r.headers().firstValue("Content-Security-Policy").orElse("none"), "CSP of " + path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse("none"), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse("none"), path);
        }
        assertTrue(SecurityHeaders.CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"), "no framing");
    }

    @Test
    void answersANulInThePathWithTheJsonError() throws IOException {
        String reply = Api.raw(api.server.port(), "GET /api/events/%00 HTTP/1.1");
        assertTrue(reply.startsWith("HTTP/1.1 400 "), reply);
        assertTrue(reply.contains("\r\nContent-Type: application/json"), reply);
        assertTrue(reply.contains("\r\nContent-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY + "\r\n"), reply);
        assertTrue(reply.endsWith("{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\","
                + "\"problems\":[{\"parameter\":\"request\",\"problem\":\"cannot be read (Bad Request); check the path's"
                + " %-escapes: each '%' needs two hex digits, they must spell UTF-8 and %00 is refused\"}]}"),
                reply);
    }

    @Test
    void answersABadPercentEncodingWithTheJsonError() throws IOException {
        String reply = Api.raw(api.server.port(), "GET /api/events/%zz HTTP/1.1");
        assertTrue(reply.startsWith("HTTP/1.1 400 "), reply);
        assertTrue(reply.endsWith("{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\","
                + "\"problems\":[{\"parameter\":\"request\",\"problem\":\"cannot be read (Bad Request); check the path's"
                + " %-escapes: each '%' needs two hex digits, they must spell UTF-8 and %00 is refused\"}]}"),
                reply);
    }

    @Test
    void warnsThatReadsAreOpenToTheNetworkWhenBoundToEveryAddress(@TempDir Path other) {
        try (Api open = new Api(other, ServeConfig.DEFAULT.withBindAddress("0.0.0.0"))) {
            String warning = open.server.exposure().orElseThrow();
            assertTrue(warning.startsWith("warning: listening on every address (0.0.0.0): reads are open to the"
                    + " network, anyone who can reach this machine can read the events (--read-access TOKEN asks"
                    + " for a token); reachable at http://"), warning);
            String url = warning.substring(warning.lastIndexOf(' ') + 1);
            assertTrue(url.endsWith(":" + open.server.port() + "/") && !url.contains("0.0.0.0"), url);
            assertEquals(url, open.server.url().toString(), "the printed address is one a browser can open");
        }
        assertTrue(api.server.exposure().isEmpty(), "loopback only: nothing to warn about");
    }

    @Test
    void notesThatReadsNeedATokenWhenBoundToEveryAddressWithTokenReads(@TempDir Path other) {
        try (Api guarded = new Api(other, ServeConfig.DEFAULT.withBindAddress("0.0.0.0")
                .withReadAccess(ReadAccess.TOKEN))) {
            String note = guarded.server.exposure().orElseThrow();
            assertEquals("note: listening on every address (0.0.0.0): the network can reach this server, reads need"
                    + " a token; reachable at " + guarded.server.url(), note);
        }
    }

    @Test
    void refusesABindAddressThatIsNotOneOfThisMachine(@TempDir Path other) {
        WebServerException e = assertThrows(WebServerException.class,
                () -> new Api(other, ServeConfig.DEFAULT.withBindAddress("192.0.2.1")).close());
        assertEquals("cannot listen on 192.0.2.1: it is not an address of this machine", e.getMessage());
    }

    @Test
    void refusesABindAddressThatDoesNotResolve(@TempDir Path other) {
        WebServerException e = assertThrows(WebServerException.class,
                () -> new Api(other, ServeConfig.DEFAULT.withBindAddress("no-such-host.invalid")).close());
        assertEquals("cannot listen on no-such-host.invalid: no such host", e.getMessage());
    }

    @Test
    void givesThePageNoTileUrlByDefault() {
        assertEquals("{\"tile_url\":null}", api.get("/api/config").body(), "outlines only");
    }
}
