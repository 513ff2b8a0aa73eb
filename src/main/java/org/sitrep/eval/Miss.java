package org.sitrep.eval;

import java.util.Objects;

/**
 * One thing the prediction got wrong, for a verbose report.
 *
 * @param kind      what sort of miss
 * @param articleId the article
 * @param field     the field name of the Event format ({@code coordinates} for latitude and longitude together),
 *                  {@code event} for a missed or spurious event, {@code label} for a snippet
 * @param gold      the gold value as text, or null for a spurious event
 * @param predicted the predicted value as text, or null when the prediction had none
 */
public record Miss(Kind kind, String articleId, String field, String gold, String predicted) {
    /** What sort of miss. */
    public enum Kind {
        /** A gold event no prediction matched. */
        MISSED_EVENT,
        /** A prediction that matched no gold event. */
        SPURIOUS_EVENT,
        /** A field of a matched pair that was wrong or left null. */
        WRONG_FIELD,
        /** A snippet whose predicted label differs from gold. */
        WRONG_LABEL
    }

    /** @throws NullPointerException if kind, article id or field is null */
    public Miss {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(field, "field");
    }
}
