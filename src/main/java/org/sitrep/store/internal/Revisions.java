package org.sitrep.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.util.Json;

/**
 * The changes of one revision as the {@code event_history.changes} column keeps them: a JSON object of field
 * name to {@code "old -> new (why)"}, in field order.
 */
final class Revisions {
    private static final TypeReference<LinkedHashMap<String, String>> CHANGES = new TypeReference<>() {
    };

    private Revisions() {
    }

    /** @return the changes as JSON */
    static String write(Map<String, String> changes) {
        try {
            return Json.mapper().writeValueAsString(new LinkedHashMap<>(changes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the changes " + changes, e);
        }
    }

    /**
     * @return the changes read back, in their order
     * @throws IllegalStateException if the stored JSON is corrupt
     */
    static Map<String, String> read(String json) {
        try {
            return Json.mapper().readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt changes JSON in the store: " + json, e);
        }
    }
}
