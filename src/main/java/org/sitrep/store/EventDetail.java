package org.sitrep.store;

import java.util.List;
import java.util.Objects;

/**
 * Everything the store knows about one event, for {@code sitrep show}.
 *
 * @param stored     the fused event
 * @param requested  the id asked for; differs from the event's id when it redirected
 * @param sources    each article's account, in the order they arrived
 * @param history    every revision, oldest first
 */
public record EventDetail(StoredEvent stored, String requested, List<SourceReport> sources, List<Revision> history) {
    /** @throws NullPointerException if the event or requested id is null */
    public EventDetail {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(requested, "requested");
        sources = List.copyOf(sources);
        history = List.copyOf(history);
    }
}
