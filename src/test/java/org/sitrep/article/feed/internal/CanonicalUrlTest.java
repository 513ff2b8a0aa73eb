package org.sitrep.article.feed.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class CanonicalUrlTest {
    @Test
    void lowerCasesSchemeAndHostButNotThePath() {
        assertEquals("https://news.example/World/Story", CanonicalUrl.of(URI.create("HTTPS://News.Example/World/Story")),
                "scheme and host are case-insensitive, the path is not");
    }

    @Test
    void dropsTheDefaultPortAndKeepsAnother() {
        assertEquals("http://news.example/a", CanonicalUrl.of(URI.create("http://news.example:80/a")), "port 80");
        assertEquals("http://news.example:8080/a", CanonicalUrl.of(URI.create("http://news.example:8080/a")),
                "port 8080 is part of the address");
    }

    @Test
    void dropsTrackingParametersAndTheFragmentButKeepsOtherParameters() {
        assertEquals("http://news.example/story?id=7&page=2", CanonicalUrl.of(URI.create(
                "http://news.example/story?utm_source=rss&id=7&fbclid=x1&page=2&UTM_Medium=feed#comments")),
                "utm_*, fbclid and the fragment go; id and page stay in order");
    }

    @Test
    void givesAnEmptyPathAsSlash() {
        assertEquals("http://news.example/", CanonicalUrl.of(URI.create("http://news.example")), "empty path");
    }

    @Test
    void makesTheIdFromTheSha256OfTheCanonicalUrl() {
        // sha256sum of the URL's bytes begins c8584a3b98d26b54
        assertEquals("url-c8584a3b98d26b54", CanonicalUrl.id("http://news.example/world/2026/11/dockers-block-port"),
                "id = url- and the first 16 hex digits of the digest");
    }
}
