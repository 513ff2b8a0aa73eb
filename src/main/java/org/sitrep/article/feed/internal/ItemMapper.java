package org.sitrep.article.feed.internal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndLink;
import java.net.URI;
import java.util.Date;
import org.jsoup.Jsoup;
import org.sitrep.article.feed.FeedItem;

/** Turns Rome's entries into {@link FeedItem}s, resolving relative links against the feed's address. */
public final class ItemMapper {
    private final URI base;

    /** @param base the feed's address, or null when it was read from a file */
    public ItemMapper(URI base) {
        this.base = base;
    }

    /**
     * @param entry an entry as Rome read it
     * @return the item
     */
    public FeedItem map(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return new FeedItem(link(entry), blankToNull(entry.getTitle()), date == null ? null : date.toInstant(),
                summary(entry), blankToNull(entry.getUri()));
    }

    private String link(SyndEntry entry) {
        String link = blankToNull(entry.getLink());
        if (link == null) {
            link = entry.getLinks().stream().map(SyndLink::getHref).map(ItemMapper::blankToNull)
                    .filter(href -> href != null).findFirst().orElse(null);
        }
        if (link == null || base == null) {
            return link;
        }
        try {
            return base.resolve(link).toString();
        } catch (IllegalArgumentException e) {
            // a link that is no valid URI is kept as written: the fetch then reports it with the item named
            return link;
        }
    }

    private static String summary(SyndEntry entry) {
        SyndContent content = entry.getDescription();
        if ((content == null || blankToNull(content.getValue()) == null) && !entry.getContents().isEmpty()) {
            content = entry.getContents().get(0);
        }
        String value = content == null ? null : blankToNull(content.getValue());
        return value == null ? null : blankToNull(Jsoup.parse(value).text());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
