package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.sitrep.article.Article;
import org.sitrep.extract.Event;
import org.sitrep.extract.Evidence;
import org.sitrep.extract.SubEventType;
import org.sitrep.store.internal.Dialect;
import org.sitrep.store.internal.StoreWriter;
import org.sitrep.text.OffsetMap;

/**
 * Benchmark of the store on SQLite: grows a store of synthetic events to each size given (default 10,000,
 * 100,000 and 1,000,000) and prints, per size, the median merge-candidate lookup time and the ingest throughput
 * without extraction cost. Events cluster around 60 towns in 12 countries over ten years, a tenth of them
 * located only to a region, as news-coded data does. Two ways to grow: {@code span} spreads every size over the
 * same ten years (the store gets denser, so each lookup has more true neighbours), {@code density} adds days
 * at a fixed {@value #EVENTS_PER_DAY} events a day (the store grows as time passes, as a real one does).
 * Usage: {@code StoreBench DB_FILE span|density [SIZE...]}. A development harness on the test classpath (see
 * the README), not part of the jar; {@link #fill} also seeds the API and page-load benchmarks.
 */
public final class StoreBench {
    private static final int TOWNS = 60;
    private static final int COUNTRIES = 12;
    private static final int DAYS = 3650;
    /** A million events over ten years. */
    private static final int EVENTS_PER_DAY = 274;
    private static final int PROBES = 1000;
    private static final int ARTICLES = 500;
    private static final int BATCH = 50_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final SubEventType[] TYPES = {SubEventType.ARMED_CLASH, SubEventType.SHELLING,
            SubEventType.ATTACK, SubEventType.PEACEFUL_PROTEST, SubEventType.AIR_DRONE_STRIKE};

    private final Random random = new Random(42);
    private final double[][] towns = new double[TOWNS][2];
    private int articleCount;
    private final boolean fixedDensity;
    private int firstNewDay;
    private int dayLimit = DAYS;

    private StoreBench(boolean fixedDensity) {
        this.fixedDensity = fixedDensity;
        for (double[] town : towns) {
            town[0] = 5 + random.nextDouble() * 35;
            town[1] = 20 + random.nextDouble() * 50;
        }
    }

    /**
     * @param args the database file (deleted first), then the sizes to measure at
     * @throws SQLException if the database fails
     * @throws java.io.IOException if the old file cannot be deleted
     */
    public static void main(String[] args) throws SQLException, java.io.IOException {
        if (args.length < 2 || !args[1].equals("span") && !args[1].equals("density")) {
            System.err.println("usage: StoreBench DB_FILE span|density [SIZE...]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        for (String suffix : new String[]{"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        long[] sizes = args.length > 2 ? Arrays.stream(args, 2, args.length).mapToLong(Long::parseLong).toArray()
                : new long[]{10_000, 100_000, 1_000_000};
        new StoreBench(args[1].equals("density")).run(StoreConfig.sqlite(file), sizes);
    }

    /**
     * Fills a store with synthetic events spread over the same ten years as the {@code span} mode, for other
     * benchmarks (the API's) to query. The events have no source articles.
     *
     * @param config the store; created if missing
     * @param size   how many events to add
     * @throws SQLException if the database fails
     */
    public static void fill(StoreConfig config, long size) throws SQLException {
        EventStore.migrate(config);
        Dialect dialect = new Dialect(config);
        try (Connection c = dialect.connect(Dialect.Mode.WRITE)) {
            new StoreBench(false).load(c, new StoreWriter(dialect, config.dedup()), 0, size);
        }
    }

    private void run(StoreConfig config, long[] sizes) throws SQLException {
        EventStore.migrate(config);
        Dialect dialect = new Dialect(config);
        StoreWriter writer = new StoreWriter(dialect, config.dedup());
        long stored = 0;
        System.out.println("events     load s   lookup median ms   p90 ms   candidates   ingest articles/s");
        for (long size : sizes) {
            long start = System.nanoTime();
            try (Connection c = dialect.connect(Dialect.Mode.WRITE)) {
                stored = load(c, writer, stored, size);
            }
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            double[] lookup;
            try (Connection c = dialect.connect(Dialect.Mode.READ)) {
                lookup = lookups(c, writer);
            }
            double throughput = ingest(config);
            System.out.printf(Locale.ROOT, "%9d  %7.1f   %16.3f   %6.3f   %10.1f   %17.0f%n", size, loadSeconds,
                    lookup[0], lookup[1], lookup[2], throughput);
        }
    }

    /** Adds synthetic events in big transactions until the store holds {@code size}. */
    private long load(Connection c, StoreWriter writer, long from, long size) throws SQLException {
        long n = from;
        if (fixedDensity) {
            firstNewDay = dayLimit == DAYS ? 0 : dayLimit;
            dayLimit = (int) Math.max(1, size / EVENTS_PER_DAY);
        }
        c.setAutoCommit(false);
        while (n < size) {
            long end = Math.min(size, n + BATCH);
            for (; n < end; n++) {
                writer.insert(c, event("bulk", firstNewDay));
            }
            c.commit();
        }
        c.setAutoCommit(true);
        return n;
    }

    /** @return median and 90th percentile lookup time in ms, and the mean number of candidates */
    private double[] lookups(Connection c, StoreWriter writer) throws SQLException {
        double[] times = new double[PROBES];
        long found = 0;
        c.setAutoCommit(false);
        for (int i = 0; i < PROBES; i++) {
            Event probe = event("probe", 0);
            long start = System.nanoTime();
            found += writer.candidates(c, probe, "probe").size();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        c.commit();
        c.setAutoCommit(true);
        Arrays.sort(times);
        return new double[]{times[PROBES / 2], times[PROBES * 9 / 10], found / (double) PROBES};
    }

    /** @return articles per second through {@link EventStore#ingest}, two events each, no extraction */
    private double ingest(StoreConfig config) {
        List<Article> articles = new ArrayList<>();
        List<List<Event>> events = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String id = "bench-" + articleCount++;
            String text = text();
            articles.add(new Article(id, FIRST_DAY.plusDays(random.nextInt(dayLimit)), null, text, null, "Bench",
                    OffsetMap.identity(text.length()), List.of()));
            events.add(List.of(event(id, 0), event(id, 0)));
        }
        try (EventStore store = EventStore.open(config)) {
            long start = System.nanoTime();
            for (int i = 0; i < ARTICLES; i++) {
                store.ingest(articles.get(i), events.get(i));
            }
            return ARTICLES / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** A random event on a day from {@code fromDay} up to the current limit. */
    private Event event(String articleId, int fromDay) {
        int town = random.nextInt(TOWNS);
        boolean coarse = random.nextInt(10) == 0;
        double lat = towns[town][0] + random.nextGaussian() * 0.3;
        double lon = towns[town][1] + random.nextGaussian() * 0.3;
        SubEventType type = TYPES[random.nextInt(TYPES.length)];
        LocalDate day = FIRST_DAY.plusDays(fromDay + random.nextInt(Math.max(1, dayLimit - fromDay)));
        String country = "Country " + town % COUNTRIES;
        return new Event(articleId + "-e", List.of(articleId), day, 1, type.eventType().label(), type.label(),
                "Actor " + random.nextInt(20), null, null, null, null, null, country, "Region " + town,
                "Town " + town, lat, lon, coarse ? 3 : 1, random.nextInt(10), null, null, "synthetic",
                new Evidence(articleId, Map.of()), 0.5);
    }

    private String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append(Integer.toString(random.nextInt(50_000), 36)).append(i % 15 == 14 ? ". " : " ");
        }
        return sb.toString();
    }
}
