package org.sitrep.store;

import java.util.List;
import java.util.Objects;
import org.sitrep.extract.Event;

/**
 * A stored event as queries return it.
 *
 * @param event    the fused event; {@code article_ids} lists every source, {@code evidence} is that of the
 *                 first source
 * @param outlets  the distinct outlet names of its sources, in the order they arrived (may be empty)
 * @param revision how often it was changed since it was created (0 for never)
 */
public record StoredEvent(Event event, List<String> outlets, int revision) {
    /** @throws NullPointerException if the event is null */
    public StoredEvent {
        Objects.requireNonNull(event, "event");
        outlets = List.copyOf(outlets);
    }
}
