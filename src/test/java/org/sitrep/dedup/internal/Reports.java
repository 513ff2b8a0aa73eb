package org.sitrep.dedup.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sitrep.dedup.Candidate;
import org.sitrep.extract.Event;
import org.sitrep.extract.Evidence;
import org.sitrep.extract.SubEventType;

/**
 * Hand-made reports for the dedup rules: one kind of event in a town, its fields changed by the withers.
 */
final class Reports {
    private Reports() {
    }

    /** A day-precise shelling in Gao, Mali, by an unnamed group, with no casualty figures. */
    static Event shelling(String articleId, String day) {
        return event(articleId, SubEventType.SHELLING, day, "Gao", 16.27, -0.04, 1, null, null, null);
    }

    static Event event(String articleId, SubEventType type, String day, String location, Double lat, Double lon,
                       Integer geoPrecision, String actor1, Integer fatalities, Integer injuries) {
        return new Event(articleId + "-e", List.of(articleId), LocalDate.parse(day), 1, type.eventType().label(),
                type.label(), actor1, null, null, null, null, null, "Mali", "Gao", location, lat, lon, geoPrecision,
                fatalities, injuries, null, "A " + type.label() + " in " + location + ".",
                new Evidence(articleId, Map.of()), 0.7);
    }

    static Event withCasualties(Event e, Integer fatalities, Integer injuries) {
        return new Event(e.eventId(), e.articleIds(), e.eventDate(), e.timePrecision(), e.eventType(),
                e.subEventType(), e.actor1(), e.actor2(), e.actor1Type(), e.actor2Type(), e.blamedOn(), e.claimedBy(),
                e.country(), e.admin1(), e.location(), e.latitude(), e.longitude(), e.geoPrecision(), fatalities,
                injuries, e.weapon(), e.summary(), e.evidence(), e.confidence());
    }

    static Event withActor(Event e, String actor1) {
        return new Event(e.eventId(), e.articleIds(), e.eventDate(), e.timePrecision(), e.eventType(),
                e.subEventType(), actor1, e.actor2(), e.actor1Type(), e.actor2Type(), e.blamedOn(), e.claimedBy(),
                e.country(), e.admin1(), e.location(), e.latitude(), e.longitude(), e.geoPrecision(), e.fatalities(),
                e.injuries(), e.weapon(), e.summary(), e.evidence(), e.confidence());
    }

    /** The event as a known one, its only source published on the given day. */
    static Candidate known(Event e, String published) {
        LocalDate day = LocalDate.parse(published);
        return new Candidate(1, e, 0, day, day);
    }
}
