package org.sitrep.spark.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.article.Article;
import org.sitrep.dedup.Fingerprint;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventJson;
import org.sitrep.text.OffsetMap;

/**
 * A cleaned article with the events extracted from it: the output of the extraction stage, kept so that the
 * batch can be deduplicated and, with {@code --jdbc}, loaded into a store without extracting again.
 *
 * @param order       the article's position in the input (0-based)
 * @param id          article id
 * @param published   publication day, or null
 * @param title       headline, or null
 * @param text        cleaned text (the evidence spans point into it)
 * @param url         where it came from, or null
 * @param source      outlet, or null
 * @param contentHash the store's hash of the text, for exact-duplicate detection
 * @param reports     its events, in the extractor's order
 */
public record ArticleRecord(@JsonProperty("order") long order, @JsonProperty("id") String id,
                            @JsonProperty("published") LocalDate published, @JsonProperty("title") String title,
                            @JsonProperty("text") String text, @JsonProperty("url") String url,
                            @JsonProperty("source") String source, @JsonProperty("content_hash") String contentHash,
                            @JsonProperty("reports") List<Report> reports) {
    /** @throws NullPointerException if the report list is null */
    public ArticleRecord {
        reports = List.copyOf(reports);
    }

    /**
     * @param order   the article's input position
     * @param article the cleaned article
     * @param events  what the extractor found in it
     * @return the record, with each event's casualty sentences cut out for the merge rules
     */
    public static ArticleRecord of(long order, Article article, List<Event> events) {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            reports.add(new Report(order + "/" + i, order, article.published(), article.id(),
                    e.evidence().sentence("fatalities", article.text()),
                    e.evidence().sentence("injuries", article.text()), EventJson.write(e),
                    EventJson.writeSentences(e.evidence())));
        }
        return new ArticleRecord(order, article.id(), article.published(), article.title(), article.text(),
                article.url(), article.source(), Fingerprint.of(article.text()).contentHash(), reports);
    }

    /** @return the article again (its text is already clean: the offset map is the identity) */
    public Article article() {
        return new Article(id, published, title, text, url, source, OffsetMap.identity(text.length()), List.of());
    }

    /** @return the events again */
    public List<Event> events() {
        return reports.stream().map(Report::event).toList();
    }

    /** @return this record as one JSON line */
    public String toJson() {
        return Wire.write(this, "article " + id);
    }

    /**
     * @param json a line written by {@link #toJson}
     * @return the record
     * @throws IllegalStateException if the line is not an article record
     */
    public static ArticleRecord fromJson(String json) {
        return Wire.read(json, ArticleRecord.class);
    }
}
