package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/events}: every parameter, each format, and each way a parameter can be wrong. */
class EventsApiTest {
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

    private static JsonNode ok(String path) {
        HttpResponse<String> r = api.get(path);
        assertEquals(200, r.statusCode(), path + " should answer 200 but answered " + r.body());
        return Api.json(r);
    }

    private static List<String> ids(String path) {
        List<String> ids = new ArrayList<>();
        ok(path).get("data").forEach(e -> ids.add(e.get("event_id").asText()));
        return ids;
    }

    private static void refused(String path, String body) {
        HttpResponse<String> r = api.get(path);
        assertEquals(400, r.statusCode(), path + " should be refused");
        assertEquals(body, r.body(), path + " should name each bad parameter");
    }

    @Test
    void listsEveryEventByDateWithCountTotalAndLastUpdate() {
        JsonNode page = ok("/api/events");
        assertEquals(5, page.get("count").asInt(), "all five seeds should be on the first page");
        assertEquals(5, page.get("total").asInt(), "the total should count every match");
        assertTrue(page.get("last_update").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"),
                "last_update should be an instant, was " + page.get("last_update"));
        assertEquals(Seeds.IDS, ids("/api/events"), "events should come oldest first");
    }

    @Test
    void repliesInJsonWithTheContentType() {
        assertEquals("application/json;charset=utf-8",
                api.get("/api/events").headers().firstValue("Content-Type").orElse(""), "content type");
    }

    @Test
    void filtersByCountryIgnoringCase() {
        assertEquals(List.of("EV-1", "EV-5"), ids("/api/events?country=iraq"), "Iraq has Baghdad and Basra");
    }

    @Test
    void filtersByAdmin1() {
        assertEquals(List.of("EV-3"), ids("/api/events?admin1=Borno"), "only Maiduguri lies in Borno");
    }

    @Test
    void filtersByOneDayWhenNoComparisonIsGiven() {
        assertEquals(List.of("EV-2"), ids("/api/events?event_date=2024-03-11"), "EV-2 happened on 11 March");
    }

    @Test
    void filtersByEqualDay() {
        assertEquals(List.of("EV-3"), ids("/api/events?event_date=2024-04-01&event_date_where=%3D"), "1 April");
    }

    @Test
    void filtersFromADayOn() {
        assertEquals(List.of("EV-4", "EV-5"), ids("/api/events?event_date=2024-04-19&event_date_where=%3E%3D"),
                "19 April and later");
    }

    @Test
    void filtersUpToADay() {
        assertEquals(List.of("EV-1", "EV-2"), ids("/api/events?event_date=2024-03-11&event_date_where=%3C%3D"),
                "11 March and earlier");
    }

    @Test
    void filtersBetweenTwoDaysInclusive() {
        assertEquals(List.of("EV-2", "EV-3"),
                ids("/api/events?event_date=2024-03-11%7C2024-04-01&event_date_where=between"), "11 March to 1 April");
    }

    @Test
    void filtersByEventType() {
        assertEquals(List.of("EV-4", "EV-5"), ids("/api/events?event_type=Protests"), "two protests");
    }

    @Test
    void filtersBySubEventType() {
        assertEquals(List.of("EV-5"), ids("/api/events?sub_event_type=protest%20with%20intervention"), "Basra");
    }

    @Test
    void filtersByPartOfEitherActor() {
        assertEquals(List.of("EV-1", "EV-3"), ids("/api/events?actor=civilians"), "civilians were actor2 twice");
    }

    @Test
    void filtersByBoundingBox() {
        assertEquals(List.of("EV-1", "EV-2", "EV-5"), ids("/api/events?bbox=35,29,48,37"),
                "the box holds Baghdad, Aleppo and Basra");
    }

    @Test
    void filtersByTextInTheSummary() {
        assertEquals(List.of("EV-4"), ids("/api/events?q=teachers"), "only the Nairobi march mentions teachers");
    }

    @Test
    void combinesFilters() {
        assertEquals(List.of("EV-5"), ids("/api/events?country=Iraq&event_type=Protests&bbox=40,25,50,35"),
                "Iraqi protests in the south");
    }

    @Test
    void keepsOnlyTheFieldsAsked() {
        JsonNode first = ok("/api/events?fields=event_id%7Cfatalities&limit=1").get("data").get(0);
        assertEquals("{\"event_id\":\"EV-1\",\"fatalities\":3}", first.toString(), "two fields only");
    }

    @Test
    void pagesByLimitAndPage() {
        JsonNode page = ok("/api/events?limit=2&page=2");
        assertEquals(2, page.get("count").asInt(), "a full second page");
        assertEquals(5, page.get("total").asInt(), "the total ignores paging");
        assertEquals(List.of("EV-3", "EV-4"), ids("/api/events?limit=2&page=2"), "events 3 and 4");
        assertEquals(List.of("EV-5"), ids("/api/events?limit=2&page=3"), "the last page holds one");
    }

    @Test
    void answersAZeroLimitWithTheTotalOnly() {
        JsonNode page = ok("/api/events?limit=0&country=Kenya");
        assertEquals(0, page.get("count").asInt(), "no events asked for");
        assertEquals(1, page.get("total").asInt(), "one Kenyan event exists");
    }

    @Test
    void exportsCsvWithTheAcledHeader() {
        HttpResponse<String> r = api.get("/api/events?format=csv&country=Kenya");
        assertEquals("text/csv; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""), "content type");
        String[] lines = r.body().split("\r\n");
        assertEquals(2, lines.length, "a header and one row: " + r.body());
        assertTrue(lines[0].startsWith("event_id_cnty,event_date,year,"), "ACLED column order: " + lines[0]);
        assertTrue(lines[1].startsWith("EV-4,2024-04-19,2024,1,Protests,Peaceful protest,"), "the row: " + lines[1]);
    }

    @Test
    void exportsGeoJsonPoints() {
        HttpResponse<String> r = api.get("/api/events?format=geojson&country=Syria");
        assertEquals("application/geo+json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""), "type");
        JsonNode features = Api.json(r).get("features");
        assertEquals(1, features.size(), "one Syrian event");
        assertEquals("[37.16,36.2]", features.get(0).get("geometry").get("coordinates").toString(), "lon, lat");
    }

    @Test
    void refusesANonNumericLimit() {
        refused("/api/events?limit=many", "{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\","
                + "\"problems\":[{\"parameter\":\"limit\",\"problem\":\"must be a whole number from 0 to 10000, got 'many'\"}]}");
    }

    @Test
    void refusesALimitAboveTheMaximum() {
        refused("/api/events?limit=10001", "{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\","
                + "\"problems\":[{\"parameter\":\"limit\",\"problem\":\"must be a whole number from 0 to 10000, got '10001'\"}]}");
    }

    @Test
    void refusesPageZero() {
        refused("/api/events?page=0", "{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\","
                + "\"problems\":[{\"parameter\":\"page\",\"problem\":\"must be a whole number 1 or more, got '0'\"}]}");
    }

    @Test
    void refusesAnUnknownParameter() {
        refused("/api/events?colour=red", "{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\","
                + "\"problems\":[{\"parameter\":\"colour\",\"problem\":\"unknown parameter\"}]}");
    }

    @Test
    void refusesAParameterGivenTwice() {
        refused("/api/events?country=Iraq&country=Syria", "{\"status\":400,\"error\":\"bad request\","
                + "\"message\":\"1 bad parameter\",\"problems\":[{\"parameter\":\"country\",\"problem\":\"given more than once\"}]}");
    }

    @Test
    void refusesAMalformedDate() {
        refused("/api/events?event_date=2024-13-01", "{\"status\":400,\"error\":\"bad request\","
                + "\"message\":\"1 bad parameter\",\"problems\":[{\"parameter\":\"event_date\","
                + "\"problem\":\"must be a date YYYY-MM-DD, got '2024-13-01'\"}]}");
    }

    @Test
    void refusesAnUnknownComparison() {
        refused("/api/events?event_date=2024-03-01&event_date_where=%3E", "{\"status\":400,\"error\":\"bad request\","
                + "\"message\":\"1 bad parameter\",\"problems\":[{\"parameter\":\"event_date_where\","
                + "\"problem\":\"must be =, >=, <= or BETWEEN, got '>'\"}]}");
    }

    @Test
    void refusesAComparisonWithoutADate() {
        refused("/api/events?event_date_where=BETWEEN", "{\"status\":400,\"error\":\"bad request\","
                + "\"message\":\"1 bad parameter\",\"problems\":[{\"parameter\":\"event_date_where\","
                + "\"problem\":\"needs event_date\"}]}");
    }

    @Test
    void refusesBetweenWithOneDate() {
        refused("/api/events?event_date=2024-03-01&event_date_where=BETWEEN", "{\"status\":400,\"error\":\"bad request\","
                + "\"message\":\"1 bad parameter\",\"problems\":[{\"parameter\":\"event_date\","
                + "\"problem\":\"with BETWEEN must be two dates as FROM|TO, got '2024-03-01'\"}]}");
    }

    @Test
    void refusesAReversedRange() {
        refused("/api/events?event_date=2024-04-01%7C2024-03-01&event_date_where=BETWEEN", "{\"status\":400,"
                + "\"error\":\"bad request\",\"message\":\"1 bad parameter\",\"problems\":[{\"parameter\":\"event_date\","
                + "\"problem\":\"range ends before it starts: '2024-04-01|2024-03-01'\"}]}");
    }

    @Test
    void refusesAReversedBoundingBox() {
        refused("/api/events?bbox=50,0,40,10", "{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\","
                + "\"problems\":[{\"parameter\":\"bbox\",\"problem\":\"must be minLon,minLat,maxLon,maxLat in degrees"
                + " with min <= max, got '50,0,40,10'\"}]}");
    }

    @Test
    void refusesABoundingBoxThatIsNotANumber() {
        refused("/api/events?bbox=NaN,0,10,10", "{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\","
                + "\"problems\":[{\"parameter\":\"bbox\",\"problem\":\"must be minLon,minLat,maxLon,maxLat in degrees"
                + " with min <= max, got 'NaN,0,10,10'\"}]}");
    }

    @Test
    void refusesAnInfiniteBoundingBox() {
        refused("/api/events?bbox=-Infinity,0,Infinity,10", "{\"status\":400,\"error\":\"bad request\","
                + "\"message\":\"1 bad parameter\",\"problems\":[{\"parameter\":\"bbox\",\"problem\":\"must be"
                + " minLon,minLat,maxLon,maxLat in degrees with min <= max, got '-Infinity,0,Infinity,10'\"}]}");
    }

    @Test
    void refusesAnUnknownFormat() {
        refused("/api/events?format=xml", "{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\","
                + "\"problems\":[{\"parameter\":\"format\",\"problem\":\"must be json, csv or geojson, got 'xml'\"}]}");
    }

    @Test
    void refusesAnUnknownField() {
        refused("/api/events?fields=event_id%7Cpassword", "{\"status\":400,\"error\":\"bad request\","
                + "\"message\":\"1 bad parameter\",\"problems\":[{\"parameter\":\"fields\",\"problem\":\"unknown field 'password'\"}]}");
    }

    @Test
    void refusesOverlongText() {
        refused("/api/events?q=" + "a".repeat(201), "{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\","
                + "\"problems\":[{\"parameter\":\"q\",\"problem\":\"longer than 200 characters\"}]}");
    }

    @Test
    void namesEveryBadParameterInOneReply() {
        refused("/api/events?limit=-1&format=pdf", "{\"status\":400,\"error\":\"bad request\",\"message\":\"2 bad parameters\","
                + "\"problems\":[{\"parameter\":\"limit\",\"problem\":\"must be a whole number from 0 to 10000, got '-1'\"},"
                + "{\"parameter\":\"format\",\"problem\":\"must be json, csv or geojson, got 'pdf'\"}]}");
    }

    @Test
    void treatsSqlInAFilterAsText() {
        JsonNode page = ok("/api/events?country=Iraq'%20OR%20'1'%3D'1");
        assertEquals(0, page.get("total").asInt(), "the quote must not reach the SQL as syntax");
        assertEquals(5, ok("/api/events").get("total").asInt(), "the store should be untouched");
    }
}
