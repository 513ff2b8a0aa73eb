package org.sitrep.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreBench;
import org.sitrep.store.StoreConfig;

/**
 * Benchmark of the map query over HTTP: fills a SQLite store with synthetic events (StoreBench's generator: 60
 * towns between 5-40 N and 20-70 E over 2015-2024) unless the file exists, serves it on a free loopback port, and
 * times {@code GET /api/events} with a random 20-degree box, a random 90-day window and a random event type,
 * limit 1000, one request at a time. Prints p50, p95 and the mean events returned.
 * Usage: {@code ApiBench DB_FILE [EVENTS=1000000] [QUERIES=300]}. A development harness on the test classpath
 * (see the README), not part of the jar.
 */
public final class ApiBench {
    private static final int WARM_UP = 30;
    private static final List<String> TYPES = List.of("Battles", "Explosions/Remote violence",
            "Violence against civilians", "Protests");
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 3650 - 90;

    private ApiBench() {
    }

    /**
     * @param args the database file, then optionally the number of events and of timed queries
     * @throws SQLException if filling the store fails
     * @throws IOException if a request fails
     * @throws InterruptedException if interrupted while waiting for a reply
     */
    public static void main(String[] args) throws SQLException, IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: ApiBench DB_FILE [EVENTS] [QUERIES]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long events = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        StoreConfig config = StoreConfig.sqlite(file);
        if (!Files.exists(file)) {
            long start = System.nanoTime();
            StoreBench.fill(config, events);
            System.out.printf(Locale.ROOT, "filled %d events in %.1f s%n", events, (System.nanoTime() - start) / 1e9);
        }
        try (EventStore store = EventStore.open(config);
             WebServer server = WebServer.start(store, a -> List.of(), ServeConfig.DEFAULT.withPort(0))) {
            System.out.printf(Locale.ROOT, "store holds %d events%n", store.stats().events());
            run(server.url(), queries);
        }
    }

    private static void run(URI base, int queries) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Random random = new Random(7);
        double[] ms = new double[queries];
        long returned = 0;
        for (int i = -WARM_UP; i < queries; i++) {
            URI uri = base.resolve("/api/events?" + query(random));
            long start = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (r.statusCode() != 200) {
                throw new IOException(uri + " answered " + r.statusCode() + ": " + r.body());
            }
            if (i >= 0) {
                ms[i] = elapsed;
                returned += count(r.body());
            }
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%d map queries (bbox 20x20 deg, 90 days, one type, limit 1000): p50 %.1f ms,"
                + " p95 %.1f ms, max %.1f ms, mean %.0f events returned%n", queries, ms[queries / 2],
                ms[(int) Math.ceil(queries * 0.95) - 1], ms[queries - 1], returned / (double) queries);
    }

    private static String query(Random random) {
        double lon = 20 + random.nextDouble() * 30;
        double lat = 5 + random.nextDouble() * 15;
        LocalDate from = FIRST_DAY.plusDays(random.nextInt(DAYS));
        String type = TYPES.get(random.nextInt(TYPES.size()));
        return String.format(Locale.ROOT, "bbox=%.2f,%.2f,%.2f,%.2f&event_date=%s%%7C%s&event_date_where=BETWEEN"
                + "&event_type=%s&limit=1000", lon, lat, lon + 20, lat + 20, from, from.plusDays(89),
                type.replace(" ", "%20").replace("/", "%2F"));
    }

    /** @return the {@code count} of a JSON page, read without parsing the whole body */
    private static int count(String body) {
        int at = body.indexOf("\"count\":") + 8;
        int end = at;
        while (Character.isDigit(body.charAt(end))) {
            end++;
        }
        return Integer.parseInt(body.substring(at, end));
    }
}
