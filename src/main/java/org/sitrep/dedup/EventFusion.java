package org.sitrep.dedup;

import java.time.LocalDate;
import org.sitrep.extract.Event;

/**
 * The fusion stage: one event from its reports, by folding a new report into a known event that the
 * {@link EventMatcher} took it to describe. {@link DedupStages#fusion} creates the implementation a
 * {@link DedupConfig} names; today's rules are the first. Implementations are thread-safe.
 */
public interface EventFusion {
    /**
     * @param stored           the known event and its sources' publication days
     * @param report           the new report
     * @param published        the new report's publication day, or null
     * @param fatalitySentence the sentence of the new report that gives its fatality figure, or null
     * @param injurySentence   the sentence that gives its injury figure, or null
     * @return the fused event (with the known event's id, sources and evidence) and what changed
     */
    Fused fuse(Candidate stored, Event report, LocalDate published, String fatalitySentence, String injurySentence);
}
