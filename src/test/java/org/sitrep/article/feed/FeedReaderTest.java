package org.sitrep.article.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sitrep.testing.LocalServer.FIXTURES;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.LocalServer;

class FeedReaderTest {
    private final FeedReader reader = new FeedReader();

    @TempDir
    Path tmp;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryItemOfAnRss2FeedInDocumentOrder() {
        List<FeedItem> items = reader.read(FIXTURES.resolve("rss2.xml"));
        assertEquals(List.of("http://news.example/world/2026/11/dockers-block-port",
                        "http://news.example/world/2026/11/rain-delays-harvest",
                        "http://news.example/world/2026/11/ferry-resumes"),
                items.stream().map(FeedItem::link).toList(), "the three item links, in feed order");
    }

    @Test
    void readsTitleDateSummaryAndGuidOfAnRss2Item() {
        FeedItem item = reader.read(FIXTURES.resolve("rss2.xml")).get(0);
        assertEquals(new FeedItem("http://news.example/world/2026/11/dockers-block-port",
                "Dock workers block port gates in Tarsana", Instant.parse("2026-11-23T07:45:00Z"),
                "Hundreds of dock workers blocked the gates of the port.", "courier-4471"), item,
                "the summary should lose its markup and the guid be the one written");
    }

    @Test
    void takesAnRss2ItemsFullContentWhenItHasNoDescription() {
        FeedItem item = reader.read(FIXTURES.resolve("rss2.xml")).get(2);
        assertEquals("The ferry between the two islands runs again.", item.summary(),
                "content:encoded should stand in for a missing description");
        assertNull(item.published(), "an item without pubDate has no date");
    }

    @Test
    void usesTheLinkAsGuidForAnRss2ItemWithoutOne() {
        FeedItem item = reader.read(FIXTURES.resolve("rss2.xml")).get(1);
        assertEquals("http://news.example/world/2026/11/rain-delays-harvest", item.guid(),
                "an item with no guid is known by its link");
    }

    @Test
    void readsAnAtomEntryWithItsPublishedTimeInUtc() {
        FeedItem entry = reader.read(FIXTURES.resolve("atom.xml")).get(0);
        assertEquals(new FeedItem("http://gazette.example/2026/market-hall",
                "Council votes to rebuild the old market hall", Instant.parse("2026-11-24T08:30:00Z"),
                "The vote passed by eleven to four.", "tag:gazette.example,2026:market-hall"), entry,
                "09:30 at +01:00 is 08:30 UTC, and the Atom id is the guid");
    }

    @Test
    void datesAnAtomEntryWithoutPublishedByItsUpdatedTime() {
        FeedItem entry = reader.read(FIXTURES.resolve("atom.xml")).get(1);
        assertEquals(Instant.parse("2026-11-20T16:00:00Z"), entry.published(), "updated stands in for published");
        assertEquals("Two stops are dropped from the route.", entry.summary(), "HTML content becomes plain text");
    }

    @Test
    void readsAnRss1Item() {
        List<FeedItem> items = reader.read(FIXTURES.resolve("rss1.xml"));
        assertEquals(List.of(new FeedItem("http://bulletin.example/notice/12", "Bridge closed for repairs",
                        Instant.parse("2026-11-19T08:00:00Z"), null, "http://bulletin.example/notice/12")), items,
                "the RDF item, dated by dc:date and known by rdf:about");
    }

    @Test
    void readsAnRss091FeedWithItsDocumentType() {
        byte[] feed = utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS "
                + "0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel>"
                + "<title>Old</title><link>http://old.example/</link><description>d</description><language>en</language>"
                + "<item><title>Curfew lifted</title><link>http://old.example/curfew</link></item></channel></rss>");
        assertEquals("http://old.example/curfew", reader.read("old.xml", feed).get(0).link(),
                "the Netscape doctype must not stop the feed being read (nor be downloaded)");
    }

    @Test
    void neverLoadsAnExternalEntity() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "do not leak");
        byte[] feed = utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title>"
                + "<link>http://evil.example/1</link></item></channel></rss>");
        assertNull(reader.read("evil.xml", feed).get(0).title(), "the file's text must not reach the item");
    }

    @Test
    void resolvesRelativeItemLinksAgainstTheFeedAddress() {
        byte[] feed = utf8("<rss version=\"2.0\"><channel><title>t</title><item><title>a</title>"
                + "<link>/2026/story-7</link></item></channel></rss>");
        FeedItem item = reader.read(URI.create("https://site.example/feeds/all.xml"), feed).get(0);
        assertEquals("https://site.example/2026/story-7", item.link(), "a relative link should be made absolute");
    }

    @Test
    void reportsMalformedXmlWithTheLineOfTheError() {
        Path broken = FIXTURES.resolve("malformed.xml");
        FeedException e = assertThrows(FeedException.class, () -> reader.read(broken));
        assertEquals("'" + broken + "' is not well-formed XML (error on line 8): the feed is broken; try again "
                + "later or tell its owner", e.getMessage(), "the unclosed <title> is found at </item> on line 8");
        assertEquals(FeedException.Kind.MALFORMED, e.kind(), "kind of a broken document");
    }

    @Test
    void reportsAnEmptyDocument() {
        FeedException e = assertThrows(FeedException.class, () -> reader.read("feed.xml", utf8(" \n")));
        assertEquals("'feed.xml' is empty: no feed to read", e.getMessage(), "white space is no feed");
        assertEquals(FeedException.Kind.EMPTY, e.kind(), "kind of an empty document");
    }

    @Test
    void reportsAFeedWithNoItems() {
        byte[] feed = utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet</title>"
                + "<link>http://quiet.example/</link><description>d</description></channel></rss>");
        FeedException e = assertThrows(FeedException.class, () -> reader.read("quiet.xml", feed));
        assertEquals("'quiet.xml' is a feed with no items: nothing to read", e.getMessage(), "an itemless feed");
    }

    @Test
    void pointsAnHtmlPageToTheFeedItAnnounces() {
        byte[] page = utf8(LocalServer.fixture("article.html"));
        URI address = URI.create("http://news.example/world/2026/11/dockers-block-port");
        FeedException e = assertThrows(FeedException.class, () -> reader.read(address, page));
        assertEquals("'" + address + "' is an HTML page, not an RSS or Atom feed: the page names its feed at "
                + "'http://news.example/world/rss.xml'; give that address instead", e.getMessage(),
                "the page's alternate link should be offered, made absolute");
        assertEquals(FeedException.Kind.NOT_A_FEED, e.kind(), "kind of a web page");
    }

    @Test
    void refusesAnHtmlPageThatAnnouncesNoFeed() {
        byte[] page = utf8(LocalServer.fixture("boilerplate.html"));
        FeedException e = assertThrows(FeedException.class, () -> reader.read("ledger.html", page));
        assertEquals("'ledger.html' is an HTML page, not an RSS or Atom feed: give the address of the site's RSS "
                + "or Atom feed instead", e.getMessage(), "a page without feed link");
    }

    @Test
    void refusesXmlOfAnotherKind() {
        byte[] svg = utf8("<?xml version=\"1.0\"?>\n<!-- a drawing -->\n<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>");
        FeedException e = assertThrows(FeedException.class, () -> reader.read("logo.xml", svg));
        assertEquals("'logo.xml' is XML with root element <svg>, not an RSS or Atom feed: check the address",
                e.getMessage(), "an SVG drawing is not a feed");
    }

    @Test
    void reportsAMissingFile() {
        Path missing = tmp.resolve("gone.xml");
        FeedException e = assertThrows(FeedException.class, () -> reader.read(missing));
        assertEquals("cannot read '" + missing + "': no such file or directory", e.getMessage(), "a missing file");
        assertEquals(FeedException.Kind.UNREADABLE, e.kind(), "kind of a missing file");
    }
}
