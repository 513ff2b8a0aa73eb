package org.sitrep.dedup;

import java.time.LocalDate;
import org.sitrep.extract.Event;

/**
 * A stored event that a new report might describe, with what the matching and fusion rules need to know.
 *
 * @param seq            its row number
 * @param event          the fused event
 * @param revision       its current revision number
 * @param firstPublished the earliest publication day among its sources, or null
 * @param lastPublished  the latest publication day among its sources, or null
 */
public record Candidate(long seq, Event event, int revision, LocalDate firstPublished, LocalDate lastPublished) {
}
