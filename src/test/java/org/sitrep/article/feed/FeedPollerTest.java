package org.sitrep.article.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.testing.LocalServer.HTML;
import static org.sitrep.testing.LocalServer.RSS;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.testing.LocalServer;

class FeedPollerTest {
    private static final Instant START = Instant.parse("2026-11-25T06:00:00Z");
    private static final Duration EVERY = Duration.ofMinutes(5);
    private static final String FEED = "/world/rss.xml";
    private static final String DOCKERS = "/world/2026/11/dockers-block-port";
    private static final String RAIN = "/world/2026/11/rain-delays-harvest";
    private static final String FERRY = "/world/2026/11/ferry-resumes";
    private static final PollerConfig CONFIG = PollerConfig.DEFAULT.withEvery(EVERY)
            .withFetch(FetchConfig.DEFAULT.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));

    private LocalServer server;
    private final FakeClock clock = new FakeClock(START);
    private final List<FeedProblem> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<String> handed = Collections.synchronizedList(new ArrayList<>());
    private final ArticleSink<RuntimeException> sink = (item, article) -> handed.add(path(article));

    @BeforeEach
    void startServer() throws IOException {
        server = new LocalServer();
        server.serveFixture(FEED, RSS, "rss2.xml");
        for (String page : List.of(DOCKERS, RAIN, FERRY)) {
            server.serve(page, HTML, "<html><body><p>The story at " + page + " is told here.</p></body></html>");
        }
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String path(Article article) {
        return article.url().substring(server.base().length());
    }

    private FeedSource source(String path) {
        return new FeedSource.Url(server.uri(path));
    }

    private FeedPoller poller(PollerConfig config, String... feeds) {
        return FeedPoller.builder(List.of(feeds).stream().map(this::source).toList()).config(config)
                .listener(problems::add).timing(clock, clock::advance).build();
    }

    private FeedPoller poller(String... feeds) {
        return poller(CONFIG, feeds);
    }

    private void serveOneItemFeed(String feedPath, String pagePath) {
        server.serve(feedPath, RSS, "<rss version=\"2.0\"><channel><title>Other</title><item><title>One</title>"
                + "<link>" + server.base() + pagePath + "</link></item></channel></rss>");
        server.serve(pagePath, HTML, "<p>The only story of the other feed.</p>");
    }

    @Test
    void handsEveryNewItemOldestFirst() {
        PollSummary summary = poller(FEED).pollOnce(sink);
        assertEquals(List.of(RAIN, DOCKERS, FERRY), handed, "22 Nov, then 23 Nov, then the undated item");
        assertEquals(new PollSummary(1, 0, 0, 3, 0), summary, "one feed read, three articles");
    }

    @Test
    void aSecondPollYieldsNothingNew() {
        FeedPoller poller = poller(FEED);
        poller.pollOnce(sink);
        PollSummary second = poller.pollOnce(sink);
        assertEquals(0, second.articles(), "every item was seen in the first round");
        assertEquals(3, handed.size(), "nothing handed twice");
        assertEquals(1, server.hits(DOCKERS), "a seen item's page is not fetched again");
    }

    @Test
    void knowsAnItemAgainByItsGuidAfterItsLinkChanged() {
        MemorySeenStore seen = new MemorySeenStore();
        FeedPoller first = FeedPoller.builder(List.of(source(FEED))).config(CONFIG).seenStore(seen).build();
        first.pollOnce(sink);
        server.serve(FEED, RSS, LocalServer.fixture("rss2.xml").replace("http://news.example", server.base())
                .replace(DOCKERS, DOCKERS + "-updated"));
        FeedPoller later = FeedPoller.builder(List.of(source(FEED))).config(CONFIG).seenStore(seen).build();
        assertEquals(0, later.pollOnce(sink).articles(), "guid courier-4471 is known though its link is new");
    }

    @Test
    void reportsAMissingFeedAndRetriesItNextRoundWhileTheOtherFeedGoesOn() {
        FeedPoller poller = poller("/other/rss.xml", FEED);
        poller.pollOnce(sink);
        assertEquals(List.of(new FeedProblem(server.base() + "/other/rss.xml", null, "'" + server.base()
                        + "/other/rss.xml' answered HTTP 404 (not found): check the address", START.plus(EVERY))),
                problems, "the 404 should be reported with the time of the next round");
        assertEquals(3, handed.size(), "the working feed goes on");

        serveOneItemFeed("/other/rss.xml", "/other/story");
        clock.advance(EVERY);
        poller.pollOnce(sink);
        assertEquals(List.of(RAIN, DOCKERS, FERRY, "/other/story"), handed, "the feed is read again next round");
    }

    @Test
    void doublesTheWaitForAFeedThatKeepsFailing() {
        FeedPoller poller = poller("/down/rss.xml");
        List<Integer> hits = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            poller.pollOnce(sink);
            hits.add(server.hits("/down/rss.xml"));
            clock.advance(EVERY);
        }
        assertEquals(List.of(1, 2, 2, 3), hits, "tried at 0 and 5 min, then 10 min later: round 3 is skipped");
        assertEquals(START.plus(EVERY).plus(EVERY.multipliedBy(2)), problems.get(1).retryAt(),
                "the second failure waits two intervals");
    }

    @Test
    void reportsAMalformedFeed() {
        server.serveFixture("/broken.xml", RSS, "malformed.xml");
        poller("/broken.xml", FEED).pollOnce(sink);
        assertEquals("'" + server.base() + "/broken.xml' is not well-formed XML (error on line 8): the feed is "
                + "broken; try again later or tell its owner", problems.get(0).message(), "the broken feed, named");
        assertEquals(3, handed.size(), "the good feed goes on");
    }

    @Test
    void reportsAFeedThatTimesOut() {
        server.slow("/slow.xml", Duration.ofSeconds(3));
        PollerConfig impatient = CONFIG.withFetch(FetchConfig.DEFAULT.withTimeouts(Duration.ofSeconds(2),
                Duration.ofMillis(300)));
        poller(impatient, "/slow.xml").pollOnce(sink);
        assertEquals(new FeedProblem(server.base() + "/slow.xml", null, "'" + server.base() + "/slow.xml' did not "
                + "answer within 300ms: try again later or raise the timeout", START.plus(EVERY)), problems.get(0),
                "the timeout should be reported and retried next round");
    }

    @Test
    void aFailingItemDoesNotStopTheOthersAndIsOfferedAgain() {
        AtomicBoolean storeLocked = new AtomicBoolean(true);
        ArticleSink<IOException> flaky = (item, article) -> {
            if (path(article).equals(DOCKERS) && storeLocked.get()) {
                throw new IOException("database is locked");
            }
            handed.add(path(article));
        };
        FeedPoller poller = poller(FEED);
        PollSummary first = poller.pollOnce(flaky);
        assertEquals(List.of(RAIN, FERRY), handed, "the items after the failed one are still handed");
        assertEquals(new PollSummary(1, 0, 0, 2, 1), first, "one item failed");
        FeedProblem problem = problems.get(0);
        assertTrue(problem.message().matches("article url-[0-9a-f]{16} from '" + server.base() + DOCKERS
                + "' was not taken: database is locked"), "the sink's failure, named: " + problem.message());
        assertEquals(START.plus(EVERY), problem.retryAt(), "offered again next round");

        storeLocked.set(false);
        clock.advance(EVERY);
        poller.pollOnce(flaky);
        assertEquals(List.of(RAIN, FERRY, DOCKERS), handed, "the failed item is handed in the next round");
    }

    @Test
    void reportsAnItemWhosePageIsGoneOnceAndForAll() {
        server.route(RAIN, exchange -> LocalServer.respond(exchange, 410, HTML, new byte[0]));
        FeedPoller poller = poller(FEED);
        poller.pollOnce(sink);
        clock.advance(EVERY);
        poller.pollOnce(sink);
        assertEquals(1, server.hits(RAIN), "a page that is gone is not asked for again");
        assertNull(problems.get(0).retryAt(), "and the report says it is not retried");
        assertEquals("'" + server.base() + RAIN + "' answered HTTP 410 (not found): check the address",
                problems.get(0).message(), "the 410, named");
    }

    @Test
    void givesUpOnAnItemAfterTheConfiguredAttempts() {
        ArticleSink<IOException> refusing = (item, article) -> {
            throw new IOException("disk full");
        };
        FeedPoller poller = poller(FEED);
        for (int round = 0; round < 4; round++) {
            poller.pollOnce(refusing);
            clock.advance(EVERY);
        }
        assertEquals(3, server.hits(RAIN), "three attempts, then no more");
        FeedProblem last = problems.stream().filter(p -> p.item().endsWith(RAIN)).reduce((a, b) -> b).orElseThrow();
        assertTrue(last.message().endsWith("was not taken: disk full (given up after 3 attempts)"),
                "the last report says it gave up: " + last.message());
    }

    @Test
    void runsRoundsOneIntervalApartUntilStopped() {
        List<Duration> waits = new ArrayList<>();
        FeedPoller[] poller = new FeedPoller[1];
        poller[0] = FeedPoller.builder(List.of(source(FEED))).config(CONFIG).timing(clock, wait -> {
            waits.add(wait);
            clock.advance(wait);
            if (waits.size() == 2) {
                poller[0].stop();
            }
        }).build();
        poller[0].run(sink);
        assertEquals(List.of(EVERY, EVERY), waits, "two waits of one interval");
        assertEquals(2, server.hits(FEED), "the feed is read once per round");
    }

    @Test
    void stopLetsTheCurrentArticleFinishAndStartsNoOther() throws Exception {
        CountDownLatch inSink = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        FeedPoller poller = poller(FEED);
        Thread polling = new Thread(() -> poller.run((item, article) -> {
            inSink.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            handed.add(path(article));
            finished.set(true);
        }));
        polling.start();
        assertTrue(inSink.await(10, TimeUnit.SECONDS), "the first article should reach the sink");
        poller.stop();
        assertFalse(poller.awaitStopped(Duration.ofMillis(200)), "run must wait for the article in hand");
        release.countDown();
        assertTrue(poller.awaitStopped(Duration.ofSeconds(10)), "run should return once the article is done");
        assertTrue(finished.get(), "the article in hand was finished");
        assertEquals(List.of(RAIN), handed, "no article after it was started");
        assertEquals(0, server.hits(DOCKERS), "nor its page fetched");
    }

    @Test
    void stopEndsTheWaitBetweenRoundsAtOnce() throws Exception {
        CountDownLatch roundDone = new CountDownLatch(1);
        FeedPoller poller = FeedPoller.builder(List.of(source(FEED))).config(CONFIG.withEvery(Duration.ofHours(1)))
                .listener(new FeedListener() {
                    @Override
                    public void problem(FeedProblem problem) {
                        problems.add(problem);
                    }

                    @Override
                    public void roundFinished(PollSummary summary) {
                        roundDone.countDown();
                    }
                }).build();
        Thread polling = new Thread(() -> poller.run(sink));
        polling.start();
        assertTrue(roundDone.await(10, TimeUnit.SECONDS), "the first round should finish");
        poller.stop();
        assertTrue(poller.awaitStopped(Duration.ofSeconds(5)), "the hour's wait should end with stop()");
        assertEquals(3, handed.size(), "the first round handed every item");
    }
}
