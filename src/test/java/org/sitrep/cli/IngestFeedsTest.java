package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.article.Article;
import org.sitrep.extract.Event;
import org.sitrep.extract.Evidence;
import org.sitrep.testing.LocalServer;
import picocli.CommandLine;

/**
 * {@code sitrep ingest} of feeds and web addresses, served on loopback by a {@link LocalServer}. The extractor
 * needs no models: each article reports one shelling at a latitude equal to its headline's length, so articles
 * with headlines of different lengths never describe the same event.
 */
class IngestFeedsTest {
    private static final String DOCKERS = "/world/2026/11/dockers-block-port";
    private static final String RAIN = "/world/2026/11/rain-delays-harvest";
    private static final String FERRY = "/world/2026/11/ferry-resumes";

    @TempDir
    Path dir;

    private LocalServer server;
    private String db;
    private Path feed;

    @BeforeEach
    void serveThreePages() throws IOException {
        server = new LocalServer();
        db = dir.resolve("store.db").toString();
        server.serve(DOCKERS, LocalServer.HTML, page("Several hundred dock workers blocked the gates of the port."));
        server.serve(RAIN, LocalServer.HTML, page("Farmers in the eastern valleys say the rain cost them two weeks."));
        server.serve(FERRY, LocalServer.HTML, page("The ferry between the two islands runs again after the storm."));
        feed = dir.resolve("world.xml");
        Files.writeString(feed, LocalServer.fixture("rss2.xml").replace("http://news.example", server.base()));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aFeedFileHasEachItemsPageFetchedAndStored() {
        CommandRun run = ingest(feed.toString());
        assertEquals(0, run.code(), "every item is stored: " + run.err());
        assertEquals("articles new: 3, duplicate: 0, failed: 0; events new: 3, merged: 0, revised: 0",
                lastLine(run), "three pages with three different events: " + run.err());
        assertEquals(1, server.hits(RAIN), "each page is fetched once");
    }

    @Test
    void reIngestingAFeedFetchesNothingAndSaysSo() {
        ingest(feed.toString());
        CommandRun again = ingest(feed.toString());
        assertEquals(0, again.code(), "nothing new is not a failure: " + again.err());
        assertEquals(List.of("feed '" + feed + "': nothing new, every item was taken by an earlier run",
                        "articles new: 0, duplicate: 0, failed: 0; events new: 0, merged: 0, revised: 0"),
                again.err().lines().toList(), "the second run says the feed had nothing new");
        assertEquals(1, server.hits(DOCKERS), "a page taken before is not fetched again");
    }

    @Test
    void aMissingFeedIsReportedAndTheOtherSourcesGoOn() {
        String missing = server.base() + "/world/missing.xml";
        CommandRun run = ingest(missing, feed.toString());
        assertEquals(1, run.code(), "a failed feed makes the exit code 1");
        assertEquals(List.of("'" + missing + "' answered HTTP 404 (not found): check the address",
                        "articles new: 3, duplicate: 0, failed: 1; events new: 3, merged: 0, revised: 0"),
                run.err().lines().toList(), "the 404 is named on one line and the file feed is still read");
    }

    @Test
    void anAddressOfAPageIsStoredAsOneArticle() {
        CommandRun run = ingest(server.base() + FERRY);
        assertEquals(0, run.code(), "the page is stored: " + run.err());
        assertEquals("articles new: 1, duplicate: 0, failed: 0; events new: 1, merged: 0, revised: 0",
                lastLine(run), "one page, one article: " + run.err());
    }

    @Test
    void anAddressThatAnswersWithAFeedIsPolled() {
        server.serve("/world/rss", LocalServer.RSS, LocalServer.fixture("rss2.xml")
                .replace("http://news.example", server.base()));
        CommandRun run = ingest(server.base() + "/world/rss");
        assertEquals(0, run.code(), "the feed's items are stored: " + run.err());
        assertEquals("articles new: 3, duplicate: 0, failed: 0; events new: 3, merged: 0, revised: 0",
                lastLine(run), "an RSS answer is read as a feed, not as a page: " + run.err());
    }

    @Test
    void anItemWhosePageIsGoneIsReportedWithItsFeed() {
        server.serve(RAIN, 410, LocalServer.HTML, new byte[0]);
        CommandRun run = ingest(feed.toString());
        assertEquals(1, run.code(), "a lost page is a failure");
        assertEquals(List.of("feed '" + feed + "': '" + server.base() + RAIN + "' answered HTTP 410 (not found): "
                        + "check the address",
                        "articles new: 2, duplicate: 0, failed: 1; events new: 2, merged: 0, revised: 0"),
                run.err().lines().toList(), "the message names the feed and the page");
    }

    @Test
    void everyWithoutFollowIsBadUsage() {
        CommandRun run = ingest(feed.toString(), "--every", "5m");
        assertEquals(2, run.code(), "--every alone is bad usage");
        assertEquals("sitrep ingest: --every sets the interval of --follow: add --follow, or drop --every",
                run.err().strip(), "the message says how to fix the command");
    }

    private CommandRun ingest(String... inputs) {
        List<String> args = new ArrayList<>(List.of(inputs));
        args.addAll(List.of("--db", db, "--published", "2026-11-24", "--threads", "1"));
        // built inside the run, so that its error stream is the captured one
        return CommandRun.of(() -> new CommandLine(new IngestCommand(IngestFeedsTest::shellingAtHeadlineLength))
                .setExecutionExceptionHandler(new ErrorHandler()).execute(args.toArray(String[]::new)));
    }

    private static String lastLine(CommandRun run) {
        List<String> lines = run.err().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static String page(String text) {
        return "<html><head><title>Harbour Courier</title></head><body><article><p>" + text
                + "</p></article></body></html>";
    }

    private static List<Event> shellingAtHeadlineLength(Article a) {
        double latitude = a.title().length();
        return List.of(new Event(a.id() + "-1", List.of(a.id()), a.published(), 1, "Explosions/Remote violence",
                "Shelling/artillery/missile attack", null, null, null, null, null, null, "Tarsania", null, "Tarsana",
                latitude, 20.0, 1, null, null, null, "Shells fell.", new Evidence(a.id(), Map.of()), 0.7));
    }
}
