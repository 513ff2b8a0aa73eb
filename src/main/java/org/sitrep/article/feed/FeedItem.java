package org.sitrep.article.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One entry of an RSS or Atom feed.
 *
 * @param link      absolute URL of the entry's page, or null when the entry names none
 * @param title     headline, or null
 * @param published when it was published (or, lacking that, last updated), or null
 * @param summary   the entry's summary or content as plain text (markup removed), or null
 * @param guid      the entry's identifier (RSS {@code guid}, Atom {@code id}, RSS 1.0 {@code rdf:about}); an RSS
 *                  item without a guid is given its link here, as Rome does; null when it has neither
 */
public record FeedItem(String link, String title, Instant published, String summary, String guid) {
    /**
     * @return the day of {@link #published()} in UTC, or null. Feeds give an instant; the outlet's own time zone
     *         is lost on parsing, so a story published shortly after midnight east of Greenwich falls on the day
     *         before. The page's own date, when it has one, is preferred for that reason.
     */
    public LocalDate publishedDay() {
        return published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC);
    }

    /** @return how messages name the item: its link, else its guid, else its title */
    public String name() {
        if (link != null) {
            return link;
        }
        return guid != null ? guid : String.valueOf(title);
    }
}
