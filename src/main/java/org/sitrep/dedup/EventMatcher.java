package org.sitrep.dedup;

import java.time.LocalDate;
import org.sitrep.extract.Event;

/**
 * The cross-document matching stage: whether a new report describes an event already known (stored, or
 * gathered earlier in a batch). {@link DedupStages#matcher} creates the implementation a {@link DedupConfig}
 * names; today's rules are the first.
 *
 * <p>Candidate lookups (the store's date/space index, the Spark job's blocks) only offer a matcher what could
 * be one event by time and place: the same event type, dates within the day tolerance, and points within the
 * distance limit or, when either place is {@linkplain #coarse coarse}, the same country. An implementation can
 * refuse any of those pairs but never sees the others. Implementations are thread-safe.
 */
public interface EventMatcher {
    /**
     * @param stored    a known event, with its sources' publication days
     * @param report    a new report
     * @param published the new report's publication day, or null
     * @return whether they are one event, with a cost to choose among several candidates and the reason
     */
    Verdict judge(Candidate stored, Event report, LocalDate published);

    /**
     * @param e an event
     * @return true when it has no point or only a region's: candidate lookups then find it by country, not
     *         by distance
     */
    static boolean coarse(Event e) {
        return e.latitude() == null || e.longitude() == null || e.geoPrecision() == null || e.geoPrecision() >= 3;
    }
}
