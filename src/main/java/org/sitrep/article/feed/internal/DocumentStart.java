package org.sitrep.article.feed.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Looks at the start of a document to tell a feed from a web page before an XML parser sees it: an HTML page is
 * rarely well-formed XML, and the parser's complaint about a stray {@code <br>} would mislead the user.
 */
public final class DocumentStart {
    /** Skipped before the first element: a byte-order mark, white space, the XML declaration, comments, processing instructions. */
    private static final Pattern PROLOG = Pattern.compile(
            "\\A\\uFEFF?(?:\\s+|<\\?.*?\\?>|<!--.*?-->)*", Pattern.DOTALL);
    private static final Pattern FIRST_TAG = Pattern.compile("\\A<(!doctype\\s+)?([A-Za-z_][\\w.:-]*)",
            Pattern.CASE_INSENSITIVE);
    private static final String FEED_LINK = "link[rel~=(?i)alternate][type~=(?i)application/(rss|atom)\\+xml][href]";

    private DocumentStart() {
    }

    /**
     * @param text the document, or its first few kilobytes
     * @return the name of the root element (or of the doctype), lower-cased without prefix; empty when the text
     *         does not start with a tag
     */
    public static Optional<String> rootName(String text) {
        Matcher prolog = PROLOG.matcher(text);
        int start = prolog.lookingAt() ? prolog.end() : 0;
        Matcher tag = FIRST_TAG.matcher(text.substring(start));
        if (!tag.lookingAt()) {
            return Optional.empty();
        }
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        return Optional.of(name.substring(name.indexOf(':') + 1));
    }

    /**
     * @param html    a web page
     * @param baseUri the page's address, to resolve a relative link against; may be empty
     * @return the address of the first RSS or Atom feed the page announces in its head, if any
     */
    public static Optional<String> announcedFeed(String html, String baseUri) {
        Element link = Jsoup.parse(html, baseUri).selectFirst(FEED_LINK);
        if (link == null) {
            return Optional.empty();
        }
        String href = link.absUrl("href");
        return Optional.of(href.isEmpty() ? link.attr("href") : href);
    }
}
