package org.sitrep.store.internal;

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
import org.sitrep.extract.Event;
import org.sitrep.extract.Evidence;
import org.sitrep.text.Span;
import org.sitrep.util.Json;

/**
 * Events and evidence to and from the JSON the store keeps in text columns (the Event format).
 */
public final class EventJson {
    // Evidence is written through @JsonValue; reading it back needs this one deserializer.
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .registerModule(new SimpleModule().addDeserializer(Evidence.class, new EvidenceReader()));

    private EventJson() {
    }

    /** @return the JSON of a value (an Event, Evidence, a map) */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * @param json an Event-format object
     * @return the event
     * @throws IllegalStateException if the stored JSON is corrupt
     */
    public static Event event(String json) {
        return read(json, Event.class);
    }

    /**
     * @param json evidence as written by {@link #write}
     * @return the evidence
     * @throws IllegalStateException if the stored JSON is corrupt
     */
    public static Evidence evidence(String json) {
        return read(json, Evidence.class);
    }

    /**
     * @param json a JSON object of strings
     * @return it as an ordered map
     */
    @SuppressWarnings("unchecked")
    public static Map<String, String> stringMap(String json) {
        return read(json, LinkedHashMap.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt " + type.getSimpleName() + " JSON in the store: " + json, e);
        }
    }

    private static final class EvidenceReader extends JsonDeserializer<Evidence> {
        @Override
        public Evidence deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonNode node = p.getCodec().readTree(p);
            Map<String, Span> spans = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isArray()) {
                    spans.put(field.getKey(), new Span(field.getValue().get(0).asInt(), field.getValue().get(1).asInt()));
                }
            }
            return new Evidence(node.path("article_id").asText(), spans);
        }
    }
}
