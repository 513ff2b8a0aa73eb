package org.sitrep.store;

import java.time.LocalDate;

/**
 * ACLED-style filters over the stored events; a null filter matches everything. Text filters are
 * case-insensitive: {@code country}, {@code admin1}, {@code type} and {@code subType} match exactly,
 * {@code actor} matches part of actor1 or actor2, {@code text} part of the summary, location or actors.
 *
 * @param country country name
 * @param admin1  first-level division
 * @param from    first event date, inclusive
 * @param to      last event date, inclusive
 * @param type    event type label, e.g. {@code Battles}
 * @param subType sub-event type label, e.g. {@code Armed clash}
 * @param actor   part of an actor name
 * @param bbox    where the event's point must lie
 * @param text    words to find
 * @param limit   the most events returned (default {@value #DEFAULT_LIMIT})
 * @param offset  events skipped first, for paging (default 0)
 */
public record EventQuery(String country, String admin1, LocalDate from, LocalDate to, String type, String subType,
                         String actor, BoundingBox bbox, String text, int limit, int offset) {
    /** The most events a query returns unless told otherwise. */
    public static final int DEFAULT_LIMIT = 100;
    /** Every event, up to the default limit. */
    public static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null, null, null,
            DEFAULT_LIMIT, 0);

    /** @throws IllegalArgumentException if the limit or offset is negative or the dates are reversed */
    public EventQuery {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative: " + limit + ", " + offset);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
    }

    /**
     * @param max the most events to return
     * @return this query with that limit
     */
    public EventQuery withLimit(int max) {
        return new EventQuery(country, admin1, from, to, type, subType, actor, bbox, text, max, offset);
    }

    /**
     * @param skip events to skip first
     * @return this query starting that far in
     */
    public EventQuery withOffset(int skip) {
        return new EventQuery(country, admin1, from, to, type, subType, actor, bbox, text, limit, skip);
    }
}
