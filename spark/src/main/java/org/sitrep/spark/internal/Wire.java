package org.sitrep.spark.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.sitrep.util.Json;

/**
 * Values to and from the JSON strings that carry them between Spark stages.
 */
final class Wire {
    private Wire() {
    }

    static String write(Object value, String what) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + what, e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a " + type.getSimpleName() + " line: "
                    + json.substring(0, Math.min(80, json.length())), e);
        }
    }
}
