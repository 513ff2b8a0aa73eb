package org.sitrep.store;

import java.time.Instant;
import java.util.List;

/**
 * One page of a query's results, read from one consistent snapshot of the store.
 *
 * @param events     the events of this page, by date then id
 * @param total      how many live events match the filters on all pages
 * @param lastUpdate when an event of the store (not only of this page) was last created, changed or merged; null
 *                   when it has none
 */
public record EventPage(List<StoredEvent> events, long total, Instant lastUpdate) {
    /** @throws IllegalArgumentException if the total is negative */
    public EventPage {
        events = List.copyOf(events);
        if (total < 0) {
            throw new IllegalArgumentException("negative total " + total);
        }
    }
}
