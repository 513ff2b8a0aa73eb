package org.sitrep.store;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many live events match a query, broken down three ways. Each map is sorted by key.
 *
 * @param byType    event type label to count
 * @param byCountry country name to count; events without a country count under {@value #UNKNOWN}
 * @param byWeek    ISO week ({@code 2024-W07}) of the event date to count; undated events under {@value #UNKNOWN}
 */
public record EventCounts(Map<String, Long> byType, Map<String, Long> byCountry, Map<String, Long> byWeek) {
    /** The key of events that lack the field counted. */
    public static final String UNKNOWN = "unknown";

    /** Copies the maps, keeping them sorted by key. */
    public EventCounts {
        byType = Collections.unmodifiableMap(new TreeMap<>(byType));
        byCountry = Collections.unmodifiableMap(new TreeMap<>(byCountry));
        byWeek = Collections.unmodifiableMap(new TreeMap<>(byWeek));
    }
}
