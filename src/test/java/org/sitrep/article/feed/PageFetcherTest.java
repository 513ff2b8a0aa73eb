package org.sitrep.article.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.testing.LocalServer.HTML;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.testing.LocalServer;

class PageFetcherTest {
    private static final String STORY = "/world/2026/11/dockers-block-port";
    private static final String STORY_TEXT = "Several hundred dock workers blocked the three main gates of the port "
            + "of Tarsana on Monday morning, saying they had not been paid since September.\n\n"
            + "Lorries queued for more than two kilometres along the coast road. Police stood by but did not move "
            + "the crowd, and no one was hurt, a spokesman for the port authority said.\n\n"
            + "The workers' union said the blockade would go on until the operator paid the arrears in full.";

    private LocalServer server;
    private final PageFetcher fetcher = new PageFetcher(FetchConfig.DEFAULT.withMaxBytes(2_000));

    @BeforeEach
    void startServer() throws IOException {
        server = new LocalServer();
        server.serveFixture(STORY, HTML, "article.html");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static FeedItem item(String link, String title, String published) {
        return new FeedItem(link, title, published == null ? null : Instant.parse(published), null, null);
    }

    private String failure(URI uri) {
        return assertThrows(FetchException.class, () -> fetcher.fetch(uri)).getMessage();
    }

    @Test
    void keepsOnlyTheStoryOfANewsPage() {
        Article article = new PageFetcher().fetch(server.uri(STORY));
        assertEquals(STORY_TEXT, article.text(), "navigation, scripts, share buttons, the repeated headline and "
                + "the related-links aside should be gone");
    }

    @Test
    void takesHeadlineDayAndOutletFromThePageMeta() {
        Article article = fetcher.fetch(item(server.base() + STORY, "Feed headline", "2026-11-22T23:30:00Z"));
        assertEquals("Dock workers block port gates in Tarsana over unpaid wages", article.title(), "og:title wins");
        assertEquals(LocalDate.of(2026, 11, 23), article.published(), "the page's own day, at its own offset");
        assertEquals("Harbour Courier", article.source(), "og:site_name names the outlet");
    }

    @Test
    void takesHeadlineAndDayFromTheFeedItemWhenThePageHasNoMeta() {
        server.serveFixture("/ledger", HTML, "boilerplate.html");
        Article article = fetcher.fetch(item(server.base() + "/ledger", "Traders march against stall fees",
                "2026-11-21T10:00:00Z"));
        assertEquals("Traders march against stall fees", article.title(), "the item's title stands in");
        assertEquals(LocalDate.of(2026, 11, 21), article.published(), "the item's day stands in");
    }

    @Test
    void dropsScriptsCookieBannersAndCommentsFromABoilerplatePage() {
        server.serveFixture("/ledger", HTML, "boilerplate.html");
        Article article = fetcher.fetch(server.uri("/ledger"));
        assertEquals("About two hundred market traders marched to the town "
                + "hall in Brenmoor on Saturday to protest a doubling of the fee for a weekly stall.\n\nThe march was "
                + "peaceful and ended after the deputy mayor agreed to meet a delegation of traders next week.",
                article.text(), "only the two story paragraphs should be left; the <h1> is the headline");
        assertEquals("Market traders protest new stall fees", article.title(), "without meta or item, the <h1>");
    }

    @Test
    void namesTheArticleByTheHashOfItsCanonicalUrl() {
        Article article = fetcher.fetch(URI.create(server.base().replace("http", "HTTP") + STORY
                + "?utm_source=feed#top"));
        assertEquals(server.base() + STORY, article.url(), "scheme case, tracking parameter and fragment dropped");
        assertTrue(article.id().matches("url-[0-9a-f]{16}"), "id should be url- and 16 hex digits: " + article.id());
    }

    @Test
    void followsARedirectAndNamesTheArticleByWhereItLanded() {
        server.redirect("/r/4471", STORY);
        Article redirected = fetcher.fetch(server.uri("/r/4471"));
        Article direct = fetcher.fetch(server.uri(STORY));
        assertEquals(server.base() + STORY, redirected.url(), "the url is the page that answered");
        assertEquals(direct.id(), redirected.id(), "the same page reached two ways has one id");
    }

    @Test
    void refusesAPageWhoseDeclaredSizeIsOverTheLimit() {
        server.serve("/big", 200, HTML, new byte[5_000]);
        assertEquals("'" + server.uri("/big") + "' is 5 kB, over the 2 kB limit for one download: skipped; raise "
                + "--max-bytes to read it", failure(server.uri("/big")), "Content-Length 5000 is over 2000 bytes");
    }

    @Test
    void stopsReadingAPageThatGrowsOverTheLimitWithoutDeclaringItsSize() {
        server.route("/endless", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", HTML);
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write("<p>more and more text</p>\n".repeat(10).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the client hung up once it had enough, as it should
            }
        });
        assertEquals("'" + server.uri("/endless") + "' is over the 2 kB limit for one download: skipped; raise "
                + "--max-bytes to read it", failure(server.uri("/endless")), "a chunked body must be cut off too");
    }

    @Test
    void refusesContentThatIsNotHtml() {
        server.serve("/report.pdf", 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        assertEquals("'" + server.uri("/report.pdf") + "' is application/pdf, not an HTML page: only web pages can "
                + "be read as articles", failure(server.uri("/report.pdf")), "a PDF is no page");
    }

    @Test
    void givesUpOnAServerSlowerThanTheTimeout() {
        server.slow("/slow", Duration.ofSeconds(3));
        PageFetcher impatient = new PageFetcher(FetchConfig.DEFAULT.withTimeouts(Duration.ofSeconds(2),
                Duration.ofMillis(300)));
        FetchException e = assertThrows(FetchException.class, () -> impatient.fetch(server.uri("/slow")));
        assertEquals("'" + server.uri("/slow") + "' did not answer within 300ms: try again later or raise the "
                + "timeout", e.getMessage(), "the 300 ms read timeout should end the wait");
        assertTrue(e.retryable(), "a timeout may pass");
    }

    @Test
    void reportsAMissingPage() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.uri("/gone")));
        assertEquals("'" + server.uri("/gone") + "' answered HTTP 404 (not found): check the address",
                e.getMessage(), "the status should be named");
        assertEquals(404, e.status(), "status of a missing page");
    }

    @Test
    void refusesAnAddressThatIsNotHttp() {
        assertEquals("'ftp://files.example/a.html' is not an absolute http or https URL: only web addresses can be "
                + "fetched", failure(URI.create("ftp://files.example/a.html")), "only http and https are fetched");
    }

    @Test
    void reportsAPageWithNoArticleText() {
        server.serve("/menu", HTML, "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
        assertEquals("'" + server.uri("/menu") + "' has no article text once boilerplate is removed: nothing to "
                + "extract", failure(server.uri("/menu")), "a page of navigation only");
    }

    @Test
    void decodesThePageInTheCharsetItsHeaderNames() {
        server.serve("/latin", 200, "text/html; charset=ISO-8859-1",
                "<p>Protesters gathered outside the caf\u00e9 on the square.</p>".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Protesters gathered outside the caf\u00e9 on the square.",
                fetcher.fetch(server.uri("/latin")).text(), "the e with acute accent is one Latin-1 byte");
    }

    @Test
    void introducesItselfAsSitrep() {
        AtomicReference<String> agent = new AtomicReference<>();
        server.route("/who", exchange -> {
            agent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
            LocalServer.respond(exchange, 200, HTML, "<p>Someone asked who is reading.</p>".getBytes(StandardCharsets.UTF_8));
        });
        fetcher.fetch(server.uri("/who"));
        assertEquals(FetchConfig.DEFAULT_USER_AGENT, agent.get(), "the request should carry Sitrep's user agent");
    }
}
