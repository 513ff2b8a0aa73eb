package org.sitrep.article.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FeedSourceTest {
    @Test
    void takesAnHttpAddressInAnyCaseForAUrl() {
        assertEquals(new FeedSource.Url(URI.create("HTTPS://news.example/rss")), FeedSource.parse("HTTPS://news.example/rss"),
                "the scheme is matched without regard to case");
    }

    @Test
    void takesAnythingWithoutASchemeForAFile() {
        assertEquals(new FeedSource.File(Path.of("feeds/world.xml")), FeedSource.parse("feeds/world.xml"),
                "a relative path is a file");
    }

    @Test
    void refusesAnotherScheme() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeedSource.parse("ftp://news.example/rss"));
        assertEquals("'ftp://news.example/rss' is neither an http(s) URL nor a file: feeds are read over http or "
                + "https only", e.getMessage(), "ftp is not fetched");
    }
}
