package org.sitrep.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;

/**
 * Where in one article each field of an event is supported: field name to character span in the cleaned text,
 * and, where known, the bounds of the annotated document's sentence that holds that span, which is what a user
 * is shown as the evidence sentence. Only the spans belong to the Event format; the sentence bounds travel
 * beside it (see {@link EventJson#writeSentences}).
 *
 * @param articleId the article the spans point into
 * @param spans     field name (as in the Event format, e.g. {@code event_date}) to its supporting span
 * @param sentences field name to the bounds of the sentence (or run of sentences) its span lies in; a field
 *                  has none when the evidence was not read from an annotated document
 */
public record Evidence(String articleId, Map<String, Span> spans, Map<String, Span> sentences) {
    /** @throws NullPointerException if the article id or a map is null */
    public Evidence {
        Objects.requireNonNull(articleId, "articleId");
        spans = Collections.unmodifiableMap(new LinkedHashMap<>(spans));
        sentences = Collections.unmodifiableMap(new LinkedHashMap<>(sentences));
    }

    /**
     * Evidence without sentence bounds.
     *
     * @throws NullPointerException if the article id or the map is null
     */
    public Evidence(String articleId, Map<String, Span> spans) {
        this(articleId, spans, Map.of());
    }

    /**
     * @param field a field name of the Event format
     * @return the span supporting it, or null when the field has none
     */
    public Span of(String field) {
        return spans.get(field);
    }

    /**
     * @param field a field name of the Event format
     * @return the bounds of the sentence its span lies in, or null when unknown
     */
    public Span sentenceOf(String field) {
        return sentences.get(field);
    }

    /**
     * @param field a field name of the Event format
     * @param text  the cleaned article text the spans point into
     * @return the sentence holding the field's evidence, or null when its bounds are unknown or not in the text
     */
    public String sentence(String field, String text) {
        Span bounds = sentences.get(field);
        return bounds == null || bounds.end() > text.length() ? null : text.substring(bounds.start(), bounds.end());
    }

    /**
     * @param field a field name of the Event format
     * @return where the field's span lies inside its {@linkplain #sentence sentence}, as offsets of that sentence
     *         clipped to it; null when the span or the sentence is unknown
     */
    public Span withinSentence(String field) {
        Span span = spans.get(field);
        Span bounds = sentences.get(field);
        if (span == null || bounds == null) {
            return null;
        }
        int start = Math.min(Math.max(span.start(), bounds.start()), bounds.end()) - bounds.start();
        int end = Math.min(span.end(), bounds.end()) - bounds.start();
        return new Span(start, Math.max(start, end));
    }

    /**
     * @param articleSentences the annotated document's sentences, in text order
     * @return this evidence with each span's sentence bounds: from the start of the sentence where the span
     *         starts to the end of the one where it ends; a span in no sentence gets none
     */
    public Evidence inSentences(List<Sentence> articleSentences) {
        Map<String, Span> bounds = new LinkedHashMap<>();
        spans.forEach((field, span) -> {
            Span found = bounds(span, articleSentences);
            if (found != null) {
                bounds.put(field, found);
            }
        });
        return new Evidence(articleId, spans, bounds);
    }

    /**
     * @param id another article id
     * @return this evidence, spans and sentences alike, credited to that article
     */
    public Evidence forArticle(String id) {
        return new Evidence(id, spans, sentences);
    }

    private static Span bounds(Span span, List<Sentence> articleSentences) {
        int start = -1;
        int end = -1;
        for (Sentence s : articleSentences) {
            if (s.start() < Math.max(span.end(), span.start() + 1) && span.start() < s.end()) {
                start = start < 0 ? s.start() : start;
                end = s.end();
            }
        }
        return start < 0 ? null : new Span(start, end);
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
