package org.sitrep.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.extract.Event;

/**
 * The outcome of a fusion.
 *
 * @param event   the fused event
 * @param changes field name to {@code "old -> new (why)"} for each field that changed, in field order
 */
public record Fused(Event event, Map<String, String> changes) {
    /** @throws NullPointerException if the event or the changes are null */
    public Fused {
        Objects.requireNonNull(event, "event");
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /** @return the changes as one line, for a revision history's reason */
    public String describe() {
        List<String> parts = new ArrayList<>();
        changes.forEach((field, change) -> parts.add(field + " " + change));
        return String.join("; ", parts);
    }
}
