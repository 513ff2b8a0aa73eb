package org.sitrep.spark.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventJson;
import org.sitrep.extract.Evidence;

/** Events and reports for tests, with only the fields the merge rules read. */
final class TestEvents {
    private TestEvents() {
    }

    static Event bombing(String article, LocalDate day, double lat, double lon, int precision, Integer killed) {
        return new Event(article + "-e", List.of(article), day, 1, "Explosions/Remote violence", "Suicide bomb", null,
                null, null, null, null, null, "Afghanistan", "Kandahar", "Kandahar", lat, lon, precision, killed, null,
                null, "a bombing", new Evidence(article, Map.of()), 0.9);
    }

    static Event withSubType(Event e, String subType) {
        return new Event(e.eventId(), e.articleIds(), e.eventDate(), e.timePrecision(), e.eventType(), subType,
                e.actor1(), e.actor2(), e.actor1Type(), e.actor2Type(), e.blamedOn(), e.claimedBy(), e.country(),
                e.admin1(), e.location(), e.latitude(), e.longitude(), e.geoPrecision(), e.fatalities(), e.injuries(),
                e.weapon(), e.summary(), e.evidence(), e.confidence());
    }

    static Report report(String key, long order, LocalDate published, Event e) {
        return new Report(key, order, published, e.articleIds().get(0), null, null, EventJson.write(e), null);
    }
}
