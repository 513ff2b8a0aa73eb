package org.sitrep.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.text.Span;
import org.sitrep.util.Json;

/**
 * Events and their evidence to and from the Event format's JSON (see {@code formats.md}), for those that keep
 * or pass events as text: the store's columns, the Spark job's stages and output. Thread-safe.
 */
public final class EventJson {
    // Evidence is written through @JsonValue; reading it back needs this one deserializer.
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .registerModule(new SimpleModule().addDeserializer(Evidence.class, new EvidenceReader()));

    private EventJson() {
    }

    /**
     * @param event an event
     * @return its Event-format JSON object, on one line
     */
    public static String write(Event event) {
        return writeValue(event, "event " + event.eventId());
    }

    /**
     * @param evidence an event's evidence
     * @return the Event format's {@code evidence} object, on one line
     */
    public static String write(Evidence evidence) {
        return writeValue(evidence, "evidence of " + evidence.articleId());
    }

    /**
     * @param json an Event-format object
     * @return the event
     * @throws IllegalStateException if the JSON is no Event-format object (kept data that got corrupted)
     */
    public static Event event(String json) {
        return read(json, Event.class);
    }

    /**
     * @param json an {@code evidence} object as {@link #write(Evidence)} writes it
     * @return the evidence
     * @throws IllegalStateException if the JSON is no evidence object
     */
    public static Evidence evidence(String json) {
        return read(json, Evidence.class);
    }

    /**
     * @param evidence an event's evidence
     * @return its sentence bounds as a JSON object of field name to {@code [start, end]}; they are not part of
     *         the Event format, so those who keep or pass evidence sentences keep this beside the event
     */
    public static String writeSentences(Evidence evidence) {
        return writeValue(evidence.sentences(), "evidence sentences of " + evidence.articleId());
    }

    /**
     * @param evidence evidence without sentence bounds, as {@link #event} reads it
     * @param json     sentence bounds as {@link #writeSentences} writes them, or null
     * @return the evidence with those bounds; unchanged when {@code json} is null
     * @throws IllegalStateException if the JSON is no object of spans
     */
    public static Evidence withSentences(Evidence evidence, String json) {
        if (json == null) {
            return evidence;
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt evidence sentences JSON: " + json, e);
        }
        if (!node.isObject()) {
            throw new IllegalStateException("corrupt evidence sentences JSON: " + json);
        }
        return new Evidence(evidence.articleId(), evidence.spans(), spans(node));
    }

    /** The fields of an object whose values are {@code [start, end]} arrays, as spans. */
    private static Map<String, Span> spans(JsonNode node) {
        Map<String, Span> spans = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isArray()) {
                spans.put(field.getKey(), new Span(field.getValue().get(0).asInt(), field.getValue().get(1).asInt()));
            }
        }
        return spans;
    }

    private static String writeValue(Object value, String what) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + what, e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt " + type.getSimpleName() + " JSON: " + json, e);
        }
    }

    private static final class EvidenceReader extends JsonDeserializer<Evidence> {
        @Override
        public Evidence deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonNode node = p.getCodec().readTree(p);
            return new Evidence(node.path("article_id").asText(), spans(node));
        }
    }
}
