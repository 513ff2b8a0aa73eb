package org.sitrep.web.alert;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A saved watch: what to look for and the webhook to POST matches to.
 *
 * @param id            the id the store gave it (0 before it is stored)
 * @param name          a label for people
 * @param kind          area or surge
 * @param area          where (area watches; null for surge watches)
 * @param country       the surge watch's country, or null for any
 * @param admin1        the surge watch's first-level division (null for area watches)
 * @param eventTypes    event type labels to match; empty for all
 * @param minFatalities the fewest fatalities an event must have (default {@value #DEFAULT_MIN_FATALITIES})
 * @param webhook       where deliveries are POSTed
 * @param createdAt     when it was stored (null before): it sees only changes made after this moment
 */
public record Watch(long id, String name, WatchKind kind, Area area, String country, String admin1,
                    Set<String> eventTypes, int minFatalities, URI webhook, Instant createdAt) {
    /** Events with any number of fatalities match unless told otherwise. */
    public static final int DEFAULT_MIN_FATALITIES = 0;

    /**
     * The webhook is checked where watches are made ({@link WebhookUrl}, {@link WatchStore#add}), not here, so
     * that a watch stored before that check can still be read, listed and removed.
     *
     * @throws IllegalArgumentException if the kind lacks its area or division
     */
    public Watch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(webhook, "webhook");
        eventTypes = Set.copyOf(eventTypes);
        if (kind == WatchKind.AREA && area == null) {
            throw new IllegalArgumentException("an area watch needs a circle or a polygon");
        }
        if (kind == WatchKind.SURGE && (admin1 == null || admin1.isBlank())) {
            throw new IllegalArgumentException("a surge watch needs a first-level division (admin1)");
        }
        if (minFatalities < 0) {
            throw new IllegalArgumentException("minimum fatalities must not be negative, got " + minFatalities);
        }
    }

    /**
     * A watch without a creation time, as one not stored yet is.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Watch(long id, String name, WatchKind kind, Area area, String country, String admin1,
                 Set<String> eventTypes, int minFatalities, URI webhook) {
        this(id, name, kind, area, country, admin1, eventTypes, minFatalities, webhook, null);
    }

    /**
     * @param newId the stored id
     * @param at    when it was stored
     * @return this watch as stored
     */
    public Watch stored(long newId, Instant at) {
        return new Watch(newId, name, kind, area, country, admin1, eventTypes, minFatalities, webhook, at);
    }

    /**
     * @param changedAt when an event was last created or revised, or null if unknown
     * @return whether that change is one this watch sees: made after its creation (or either time unknown)
     */
    public boolean sees(Instant changedAt) {
        return createdAt == null || changedAt == null || !changedAt.isBefore(createdAt);
    }
}
