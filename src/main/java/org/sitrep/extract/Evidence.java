package org.sitrep.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sitrep.text.Span;

/**
 * Where in one article each field of an event is supported: field name to character span in the cleaned text.
 *
 * @param articleId the article the spans point into
 * @param spans     field name (as in the Event format, e.g. {@code event_date}) to its supporting span
 */
public record Evidence(String articleId, Map<String, Span> spans) {
    /** @throws NullPointerException if the article id or the map is null */
    public Evidence {
        Objects.requireNonNull(articleId, "articleId");
        spans = Collections.unmodifiableMap(new LinkedHashMap<>(spans));
    }

    /**
     * @param field a field name of the Event format
     * @return the span supporting it, or null when the field has none
     */
    public Span of(String field) {
        return spans.get(field);
    }

    /** @return the JSON shape of the Event format: {@code article_id} plus one {@code [start, end]} per field */
    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("article_id", articleId);
        json.putAll(spans);
        return json;
    }
}
