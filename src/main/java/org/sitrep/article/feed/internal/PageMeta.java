package org.sitrep.article.feed.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself in its head: headline, publication day and outlet name, from the Open
 * Graph, article and Dublin Core meta tags that news sites fill for link previews and search engines.
 *
 * @param title     headline, or null
 * @param published publication day as the page writes it (its own time zone), or null
 * @param siteName  outlet name, or null
 */
public record PageMeta(String title, LocalDate published, String siteName) {
    private static final List<String> TITLE = List.of("meta[property=og:title]", "meta[name=twitter:title]");
    private static final List<String> PUBLISHED = List.of("meta[property=article:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=DC.date.issued]",
            "meta[name=dc.date]", "meta[name=DC.date]");
    private static final Pattern DAY = Pattern.compile("\\A(\\d{4})-(\\d{2})-(\\d{2})");

    /**
     * @param html a web page
     * @return what its meta tags say; fields the page does not give are null
     */
    public static PageMeta of(String html) {
        Document doc = Jsoup.parse(html);
        return new PageMeta(first(doc, TITLE).orElse(null), first(doc, PUBLISHED).flatMap(PageMeta::day).orElse(null),
                first(doc, List.of("meta[property=og:site_name]")).orElse(null));
    }

    private static Optional<String> first(Document doc, List<String> selectors) {
        for (String selector : selectors) {
            Element meta = doc.selectFirst(selector);
            if (meta != null && !meta.attr("content").isBlank()) {
                return Optional.of(meta.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The day as written: a date-time keeps the day of its own offset, which is the outlet's calendar day,
     * not the UTC one.
     */
    private static Optional<LocalDate> day(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException e) {
            Matcher m = DAY.matcher(value);
            if (!m.find()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (java.time.DateTimeException invalid) {
                return Optional.empty();
            }
        }
    }
}
