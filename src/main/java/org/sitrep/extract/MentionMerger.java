package org.sitrep.extract;

import java.util.List;

/**
 * In-document merging: groups the mentions of one article into events, one group per real event it
 * reports. Implementations are immutable and thread-safe.
 */
public interface MentionMerger {
    /**
     * @param mentions every mention of one article, in text order
     * @return the events, each a non-empty list of mentions in text order, in order of first mention;
     *         mentions that cannot found or join an event are left out
     */
    List<List<Mention>> merge(List<Mention> mentions);
}
