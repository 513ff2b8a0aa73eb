package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Sitrep;
import org.sitrep.article.Article;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.ReadResult;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventJson;
import org.sitrep.spark.internal.SitrepHolder;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreConfig;
import org.sitrep.store.StoredEvent;

/**
 * The job in {@code local[2]} against the CLI's path ({@code Sitrep.extract} then {@code EventStore.ingest}) on
 * the bundled sample articles plus two rewordings of one bombing and one other attack. Runs the job once, since
 * it loads CoreNLP.
 */
class ExtractJobTest {
    @TempDir
    static Path tmp;
    private static SparkSession spark;
    private static JobResult result;
    private static List<String> sparkEvents;
    private static List<Event> sparkRaw;

    @BeforeAll
    static void runTheJobOnce() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("sitrep-spark-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        Path out = tmp.resolve("out");
        result = new ExtractJob(spark, JobConfig.DEFAULT).run(fixture().toString(), out.toString(),
                tmp.resolve("spark.db").toString());
        sparkRaw = readJsonLines(out.resolve(ExtractJob.JSONL_DIR));
        sparkEvents = sparkRaw.stream().map(ExtractJobTest::identity).sorted().toList();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void producesTheSameEventsAsTheStoreFedArticleByArticle() {
        List<Article> articles = readArticles(fixture());
        // The store sees the articles in the job's ingest order: by publication day, then input position.
        articles.sort(Comparator.comparing(Article::published));
        Sitrep sitrep = SitrepHolder.get();
        List<String> stored;
        try (EventStore store = EventStore.open(StoreConfig.forDb(tmp.resolve("cli.db").toString()))) {
            for (Article a : articles) {
                store.ingest(a, sitrep.extract(a));
            }
            stored = storedIdentities(store);
        }
        assertEquals(stored, sparkEvents, "the Spark job and extract + store disagree on the deduplicated events");
    }

    @Test
    void mergesTheTwoReportsOfTheKandaharBombingIntoOneEvent() {
        List<List<String>> sources = sparkRaw.stream().filter(e -> "Kandahar".equals(e.location()))
                .map(Event::articleIds).toList();
        assertEquals(List.of(List.of("kandahar-mosque-wire", "kandahar-mosque-herald")), sources,
                "the two rewordings of the Kandahar bombing should make one event with both as sources");
    }

    @Test
    void writesParquetWithOneRowPerEvent() {
        long rows = spark.read().parquet(tmp.resolve("out").resolve(ExtractJob.PARQUET_DIR).toString()).count();
        assertEquals(sparkEvents.size(), rows, "the Parquet output should hold every JSON Lines event once");
    }

    @Test
    void loadsTheStoreGivenWithJdbcLikeTheCli() {
        List<String> loaded;
        try (EventStore store = EventStore.open(StoreConfig.forDb(tmp.resolve("spark.db").toString()))) {
            loaded = storedIdentities(store);
        }
        assertEquals(6, result.storedArticles(), "every fixture article should have been ingested");
        assertEquals(sparkEvents, loaded, "the store loaded by --jdbc should hold the events the job wrote");
    }

    @Test
    void readsParquetWithTheArticleColumnsAsItReadsJsonLines() throws IOException {
        Path parquet = tmp.resolve("rewrites.parquet");
        spark.read().json(fixture().resolve("rewrites.jsonl").toString()).write().parquet(parquet.toString());
        Path out = tmp.resolve("from-parquet");
        new ExtractJob(spark, JobConfig.DEFAULT).run(parquet.toString(), out.toString(), null);
        List<String> fromParquet = readJsonLines(out.resolve(ExtractJob.JSONL_DIR)).stream()
                .map(ExtractJobTest::identity).sorted().toList();
        List<String> rewrites = List.of("kandahar-mosque-wire", "kandahar-mosque-herald", "maiduguri-village-attack");
        List<String> fromJsonLines = sparkRaw.stream().filter(e -> rewrites.containsAll(e.articleIds()))
                .map(ExtractJobTest::identity).sorted().toList();
        assertEquals(fromJsonLines, fromParquet, "the same articles as Parquet should give the same events");
    }

    @Test
    void refusesToWriteIntoAnExistingOutputFolder() {
        String out = tmp.resolve("out").toString();
        JobException e = assertThrows(JobException.class,
                () -> new ExtractJob(spark, JobConfig.DEFAULT).run(fixture().toString(), out, null));
        assertEquals("sitrep-spark: the output folder '" + out + "' already exists: give a new one or remove it",
                e.getMessage(), "the job should refuse an existing output folder before extracting");
    }

    /** The fields the comparison is on: type, date, location, fatalities. */
    private static String identity(Event e) {
        return e.subEventType() + " | " + e.eventDate() + " | " + e.location() + " | " + e.fatalities();
    }

    private static List<String> storedIdentities(EventStore store) {
        return store.query(EventQuery.ALL.withLimit(1000)).stream().map(StoredEvent::event)
                .map(ExtractJobTest::identity).sorted().toList();
    }

    private static Path fixture() {
        try {
            return Path.of(ExtractJobTest.class.getResource("/fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Article> readArticles(Path folder) {
        List<Article> articles = new ArrayList<>();
        try (Stream<ReadResult> results = new ArticleReader().read(folder, null)) {
            results.forEach(r -> articles.add(((ReadResult.Ok) r).article()));
        }
        return articles;
    }

    private static List<Event> readJsonLines(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(EventJson::event).toList();
        }
    }
}
