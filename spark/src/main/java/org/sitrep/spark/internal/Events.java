package org.sitrep.spark.internal;

import java.util.List;
import org.sitrep.extract.Event;

/**
 * Copies of events with one thing changed.
 */
public final class Events {
    private Events() {
    }

    /**
     * @param e          an event
     * @param articleIds every article that reports it
     * @return the event with those sources
     */
    public static Event withArticles(Event e, List<String> articleIds) {
        return new Event(e.eventId(), articleIds, e.eventDate(), e.timePrecision(), e.eventType(), e.subEventType(),
                e.actor1(), e.actor2(), e.actor1Type(), e.actor2Type(), e.blamedOn(), e.claimedBy(), e.country(),
                e.admin1(), e.location(), e.latitude(), e.longitude(), e.geoPrecision(), e.fatalities(), e.injuries(),
                e.weapon(), e.summary(), e.evidence(), e.confidence());
    }
}
