package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/articles}, tokens, body limits and token-only reading. */
class ArticlesApiTest {
    private static final String ARTICLE = "{\"id\":\"santiago\",\"published\":\"2024-06-03\",\"title\":\"March in"
            + " Santiago\",\"text\":\"Students marched in Santiago. Nobody was hurt.\"}";
    private static final String NO_TOKEN = "{\"status\":401,\"error\":\"unauthorized\",\"message\":\"a bearer token is"
            + " required: send 'Authorization: Bearer <token>' with a token from 'sitrep token create'\"}";

    @Test
    void ingestsOneArticleWithAToken(@TempDir Path dir) {
        try (Api api = new Api(dir)) {
            String token = api.store.createToken("test");
            HttpResponse<String> r = api.post("/api/articles", token, ARTICLE);
            assertEquals(201, r.statusCode(), r.body());
            assertEquals("{\"articles\":[{\"article_id\":\"santiago\",\"status\":\"NEW\",\"duplicate_of\":null,"
                    + "\"created\":[\"EV-6\"],\"merged\":[],\"revised\":[]}]}", r.body(), "one new event");
            assertEquals("{\"status\":\"ok\",\"events\":6}", api.get("/api/health").body(), "stored");
        }
    }

    @Test
    void ingestsABatchInOrder(@TempDir Path dir) {
        try (Api api = new Api(dir)) {
            String token = api.store.createToken("test");
            String second = ARTICLE.replace("santiago", "valparaiso").replace("2024-06-03", "2024-09-03")
                    .replace("Students", "Dockers");
            HttpResponse<String> r = api.post("/api/articles", token, "[" + ARTICLE + "," + second + "]");
            assertEquals(201, r.statusCode(), r.body());
            assertEquals("{\"articles\":[{\"article_id\":\"santiago\",\"status\":\"NEW\",\"duplicate_of\":null,"
                    + "\"created\":[\"EV-6\"],\"merged\":[],\"revised\":[]},{\"article_id\":\"valparaiso\","
                    + "\"status\":\"NEW\",\"duplicate_of\":null,\"created\":[\"EV-7\"],\"merged\":[],\"revised\":[]}]}",
                    r.body(), "two new events, three months apart so not merged");
        }
    }

    @Test
    void answersAFailureInsideTheServerWithoutDetails(@TempDir Path dir) {
        try (Api api = new Api(dir)) {
            HttpResponse<String> r = api.post("/api/articles", api.store.createToken("t"),
                    ARTICLE.replace("santiago", "breaks"));
            assertEquals(500, r.statusCode(), "the extractor threw");
            assertEquals("{\"status\":500,\"error\":\"internal server error\",\"message\":\"the server failed to"
                    + " answer; see its log\"}", r.body(), "no stack trace, no paths");
        }
    }

    @Test
    void refusesAPostWithoutAToken(@TempDir Path dir) {
        try (Api api = new Api(dir)) {
            HttpResponse<String> r = api.post("/api/articles", null, ARTICLE);
            assertEquals(401, r.statusCode(), "no token");
            assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElse(""), "challenge header");
            assertEquals(NO_TOKEN, r.body(), "body");
            assertEquals("{\"status\":\"ok\",\"events\":5}", api.get("/api/health").body(), "nothing stored");
        }
    }

    @Test
    void refusesAnUnknownToken(@TempDir Path dir) {
        try (Api api = new Api(dir)) {
            api.store.createToken("real");
            HttpResponse<String> r = api.post("/api/articles", "sitrep_guessed", ARTICLE);
            assertEquals(401, r.statusCode(), "unknown token");
            assertEquals("{\"status\":401,\"error\":\"unauthorized\",\"message\":\"the bearer token is not known to"
                    + " this server\"}", r.body(), "body");
        }
    }

    @Test
    void refusesABodyOverTheLimit(@TempDir Path dir) {
        try (Api api = new Api(dir, ServeConfig.DEFAULT.withMaxBodyBytes(100))) {
            String token = api.store.createToken("test");
            HttpResponse<String> r = api.post("/api/articles", token, ARTICLE.replace("Nobody", "x".repeat(200)));
            assertEquals(413, r.statusCode(), "over 100 bytes");
            assertEquals("{\"status\":413,\"error\":\"payload too large\",\"message\":\"the request body is larger"
                    + " than 100 bytes\"}", r.body(), "body");
        }
    }

    @Test
    void refusesABodyThatIsNotJson(@TempDir Path dir) {
        try (Api api = new Api(dir)) {
            String token = api.store.createToken("test");
            HttpResponse<String> r = api.post("/api/articles", token, "id=1&text=hello");
            assertEquals(400, r.statusCode(), "not JSON");
            assertEquals("{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\",\"problems\":"
                    + "[{\"parameter\":\"body\",\"problem\":\"must be an Article JSON object or an array of them: the"
                    + " JSON cannot be parsed\"}]}", r.body(), "body");
        }
    }

    @Test
    void refusesAnEmptyBatch(@TempDir Path dir) {
        try (Api api = new Api(dir)) {
            String token = api.store.createToken("test");
            HttpResponse<String> r = api.post("/api/articles", token, "[]");
            assertEquals("{\"status\":400,\"error\":\"bad request\",\"message\":\"1 bad parameter\",\"problems\":"
                    + "[{\"parameter\":\"body\",\"problem\":\"holds an empty array: no articles to ingest\"}]}",
                    r.body(), "body");
        }
    }

    @Test
    void refusesReadsWithoutATokenWhenReadingNeedsOne(@TempDir Path dir) {
        try (Api api = new Api(dir, ServeConfig.DEFAULT.withReadAccess(ReadAccess.TOKEN))) {
            String token = api.store.createToken("reader");
            HttpResponse<String> r = api.get("/api/events");
            assertEquals(401, r.statusCode(), "reading needs a token");
            assertEquals(NO_TOKEN, r.body(), "body");
            assertEquals(200, api.get("/api/events", token).statusCode(), "with the token it answers");
            assertEquals(200, api.get("/api/health").statusCode(), "health stays open for probes");
        }
    }
}
