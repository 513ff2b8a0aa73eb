package org.sitrep.store;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.sitrep.extract.Event;

/**
 * One article's account of a stored event.
 *
 * @param articleId the article
 * @param outlet    its outlet name, or null
 * @param url       where it came from, or null
 * @param published its publication day, or null
 * @param reported  the event as this article alone described it
 * @param evidence  field name to the sentence of the article that supports it
 */
public record SourceReport(String articleId, String outlet, String url, LocalDate published, Event reported,
                           Map<String, String> evidence) {
    /** @throws NullPointerException if the id or report is null */
    public SourceReport {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(reported, "reported");
        evidence = Map.copyOf(evidence);
    }
}
