package org.sitrep.store;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.sitrep.extract.Event;
import org.sitrep.text.Span;

/**
 * One article's account of a stored event.
 *
 * @param articleId the article
 * @param outlet    its outlet name, or null
 * @param url       where it came from, or null
 * @param published its publication day, or null
 * @param reported  the event as this article alone described it
 * @param evidence  field name to the sentence of the article that supports it, as the annotated article split
 *                  it (for a source stored before the store kept sentences: the supporting words alone)
 * @param highlights field name to the supporting words inside that field's sentence, as character offsets
 *                   of the sentence (a field may lack one)
 */
public record SourceReport(String articleId, String outlet, String url, LocalDate published, Event reported,
                           Map<String, String> evidence, Map<String, Span> highlights) {
    /** @throws NullPointerException if the id or report is null */
    public SourceReport {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(reported, "reported");
        evidence = Map.copyOf(evidence);
        highlights = Map.copyOf(highlights);
    }

    /**
     * A report without highlights.
     *
     * @throws NullPointerException if the id or report is null
     */
    public SourceReport(String articleId, String outlet, String url, LocalDate published, Event reported,
                        Map<String, String> evidence) {
        this(articleId, outlet, url, published, reported, evidence, Map.of());
    }
}
