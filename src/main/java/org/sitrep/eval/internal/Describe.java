package org.sitrep.eval.internal;

import java.util.StringJoiner;
import org.sitrep.eval.GoldEvent;
import org.sitrep.extract.Event;

/**
 * One-line descriptions of whole events, for missed and spurious events in a verbose report.
 */
public final class Describe {
    private Describe() {
    }

    /**
     * @param event a gold event
     * @return e.g. {@code Battles / Armed clash, 2020-03-21, Dawlat Abad}
     */
    public static String gold(GoldEvent event) {
        return of(event.eventType(), event.subEventType(), event.eventDate(), event.location());
    }

    /**
     * @param event a predicted event
     * @return the same shape as {@link #gold(GoldEvent)}
     */
    public static String predicted(Event event) {
        return of(event.eventType(), event.subEventType(), event.eventDate(), event.location());
    }

    private static String of(String type, String subType, Object date, String location) {
        StringJoiner line = new StringJoiner(", ");
        line.add(type + " / " + subType);
        line.add(date == null ? "no date" : date.toString());
        line.add(location == null ? "no location" : location);
        return line.toString();
    }
}
