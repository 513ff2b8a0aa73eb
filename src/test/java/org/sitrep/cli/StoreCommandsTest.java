package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.article.Article;
import org.sitrep.extract.Event;
import org.sitrep.extract.Evidence;
import picocli.CommandLine;

/**
 * {@code sitrep ingest}, {@code query}, {@code export} and {@code show} over a SQLite store, with an extractor
 * that needs no models: every article reports one rocket attack in Baghdad on the day it was published.
 */
class StoreCommandsTest {
    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void writeArticles() throws IOException {
        db = dir.resolve("store.db").toString();
        Files.writeString(dir.resolve("a.txt"), "Rockets hit Baghdad on Sunday, police said. Nobody was hurt.");
        Files.writeString(dir.resolve("b.txt"), "Two rockets landed near the airport in Baghdad, officials said.");
    }

    @Test
    void ingestTwiceStoresOnceAndSaysSo() {
        CommandRun first = ingest();
        CommandRun second = ingest();
        assertEquals(0, first.code(), "the first ingest succeeds: " + first.err());
        assertTrue(first.err().contains("articles new: 2, duplicate: 0, failed: 0; events new: 1, merged: 1, "
                + "revised: 0"), "two reports of one attack make one event: " + first.err());
        assertTrue(second.err().contains("articles new: 0, duplicate: 2, failed: 0; events new: 0, merged: 0, "
                + "revised: 0"), "the second ingest changes nothing: " + second.err());
    }

    @Test
    void reingestExtractsNothingAgain() {
        ingest();
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        IngestCommand counting = new IngestCommand(a -> {
            calls.incrementAndGet();
            return oneAttack(a);
        });
        CommandRun again = CommandRun.of(() -> new CommandLine(counting).execute(dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString(), "--db", db, "--threads", "1"));
        assertEquals(0, again.code(), again.err());
        assertEquals(0, calls.get(), "stored articles are recognised before extraction: " + again.err());
    }

    @Test
    void queryPrintsOneRowPerEvent() {
        ingest();
        CommandRun query = CommandRun.main("query", "--db", db, "--country", "Iraq");
        assertEquals(2, query.out().lines().count(), "a header and one event: " + query.out());
        assertTrue(query.out().lines().skip(1).findFirst().orElseThrow().startsWith("EV-1       2020-01-26"),
                "the row starts with id and date: " + query.out());
    }

    @Test
    void exportCsvStartsWithAcledColumns() {
        ingest();
        CommandRun export = CommandRun.main("export", "--db", db, "--format", "csv");
        assertTrue(export.out().startsWith("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,"),
                "ACLED's first columns lead: " + export.out());
        assertEquals(2, export.out().lines().count(), "a header and one event");
    }

    @Test
    void exportRejectsAnUnknownFormat() {
        CommandRun export = CommandRun.main("export", "--db", db, "--format", "xml");
        assertEquals(2, export.code(), "an unknown format is bad usage");
        assertEquals("sitrep export: --format: unknown export format 'xml': expected csv, geojson or jsonl",
                export.err().strip(), "the message names the flag and the accepted values");
    }

    @Test
    void showNamesBothSourcesAndTheHistory() {
        ingest();
        CommandRun show = CommandRun.main("show", "--db", db, "EV-1");
        assertEquals(0, show.code(), "a stored event is shown");
        assertTrue(show.out().contains("  a  ") && show.out().contains("  b  "), "both sources are listed: "
                + show.out());
        assertTrue(show.out().contains("SOURCE_ADDED"), "the history shows the merge: " + show.out());
    }

    @Test
    void showOfAnUnknownEventFails() {
        assertEquals(0, ingest().code(), "the store exists");
        CommandRun show = CommandRun.main("show", "--db", db, "EV-99");
        assertEquals(1, show.code(), "an unknown id is an error");
        assertEquals("sitrep show: no event EV-99 in the store", show.err().strip(), "the message names the id");
    }

    @Test
    void anEventTypeIsMatchedWhateverItsCase() {
        ingest();
        CommandRun query = CommandRun.main("query", "--db", db, "--type", "explosions/remote violence");
        assertEquals(0, query.code(), query.err());
        assertEquals(2, query.out().lines().count(), "a header and the one event: " + query.out());
    }

    @Test
    void anUnknownEventTypeNamesTheSixTypes() {
        ingest();
        CommandRun query = CommandRun.main("query", "--db", db, "--type", "Explosions");
        assertEquals(2, query.code());
        assertEquals("sitrep query: --type: 'Explosions' is not one of the 6 types: Battles, Explosions/Remote"
                + " violence, Violence against civilians, Protests, Riots, Strategic developments", query.err().strip());
    }

    @Test
    void anUnknownSubEventTypeNamesTheTypes() {
        ingest();
        CommandRun query = CommandRun.main("query", "--db", db, "--sub-type", "Rocket attack");
        assertEquals(2, query.code());
        assertTrue(query.err().startsWith("sitrep query: --sub-type: 'Rocket attack' is not one of the 25 types:"
                + " Armed clash, "), query.err());
    }

    private CommandRun ingest() {
        IngestCommand command = new IngestCommand(StoreCommandsTest::oneAttack);
        return CommandRun.of(() -> new CommandLine(command).execute(dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString(), "--db", db, "--published", "2020-01-26", "--threads", "1"));
    }

    static List<Event> oneAttack(Article a) {
        return List.of(new Event(a.id() + "-1", List.of(a.id()), a.published(), 1, "Explosions/Remote violence",
                "Shelling/artillery/missile attack", null, null, null, null, null, null, "Iraq", "Baghdad", "Baghdad",
                33.3406, 44.4009, 1, null, null, "rocket", "Rockets hit Baghdad.", new Evidence(a.id(), Map.of()),
                0.7));
    }
}
