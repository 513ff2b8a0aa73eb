package org.sitrep.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.sitrep.article.feed.FeedProblem;
import org.sitrep.article.feed.PollSummary;

class FeedReportTest {
    private static final FeedProblem BUSY_PAGE = new FeedProblem("feeds/world.xml", "http://wire.example/a1",
            "'http://wire.example/a1' answered HTTP 503 (server busy or failing): try again later",
            Instant.parse("2026-11-25T12:05:00Z"));

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final IngestTally tally = new IngestTally(new Progress(System.err, false),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void aProblemInASingleRoundIsAFailureNamingTheFeed() {
        new FeedReport("feeds/world.xml", tally, FeedReport.Mode.ONCE, ZoneOffset.UTC).problem(BUSY_PAGE);
        assertEquals(1, tally.failures(), "with no later round, the item is lost for this run");
        assertEquals("feed 'feeds/world.xml': 'http://wire.example/a1' answered HTTP 503 (server busy or failing): "
                + "try again later", printed().strip(), "the line names the feed and the page");
    }

    @Test
    void aProblemRetriedLaterIsNotAFailureWhenFollowing() {
        new FeedReport("feeds/world.xml", tally, FeedReport.Mode.FOLLOW, ZoneOffset.UTC).problem(BUSY_PAGE);
        assertEquals(0, tally.failures(), "an item tried again later has not failed yet");
        assertEquals("feed 'feeds/world.xml': 'http://wire.example/a1' answered HTTP 503 (server busy or failing): "
                + "try again later (trying again at 12:05)", printed().strip(), "the line says when it is retried");
    }

    @Test
    void aRoundWithNothingNewSaysSo() {
        new FeedReport("feeds/world.xml", tally, FeedReport.Mode.ONCE, ZoneOffset.UTC)
                .roundFinished(new PollSummary(1, 0, 0, 0, 0));
        assertEquals("feed 'feeds/world.xml': nothing new, every item was taken by an earlier run", printed().strip(),
                "a feed read with no new item is named");
    }

    private String printed() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
