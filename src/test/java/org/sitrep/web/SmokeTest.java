package org.sitrep.web;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
    @Test
    void smoke(@TempDir Path dir) {
        try (Api api = new Api(dir)) {
            String token = api.store.createToken("t");
            for (String p : new String[]{"/api/events?limit=2", "/api/events/EV-1", "/api/events/EV-99", "/api/stats", "/api/nope", "/nope", "/api/events?limit=x&foo=1", "/api/health", "/metrics", "/"}) {
                var r = api.get(p);
                System.out.println(p + " -> " + r.statusCode() + " " + r.headers().firstValue("content-type").orElse("") + "\n" + r.body().substring(0, Math.min(1500, r.body().length())));
            }
            var r = api.post("/api/articles", null, "{}");
            System.out.println(r.statusCode() + " " + r.body());
            r = api.post("/api/articles", token, "{\"id\":\"x\",\"published\":\"2024-06-01\",\"title\":\"T\",\"text\":\"One died. Yes.\"}");
            System.out.println(r.statusCode() + " " + r.body());
        }
    }
}
