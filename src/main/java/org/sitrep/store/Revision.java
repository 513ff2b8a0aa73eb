package org.sitrep.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of an event's history.
 *
 * @param revision  0 for the creation, then 1, 2, ...
 * @param at        when it happened
 * @param action    what happened
 * @param articleId the article that caused it, or null (a manual merge)
 * @param reason    the decision in words, e.g. why a report was judged the same event
 * @param changes   field name to {@code "old -> new"} for every field this revision changed
 */
public record Revision(int revision, Instant at, RevisionAction action, String articleId, String reason,
                       Map<String, String> changes) {
    /** @throws NullPointerException if the time, action or reason is null */
    public Revision {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
        changes = Map.copyOf(changes);
    }
}
