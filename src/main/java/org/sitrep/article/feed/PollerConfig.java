package org.sitrep.article.feed;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@link FeedPoller}.
 *
 * <p>A feed that fails is tried again on the next round; each further failure in a row doubles the wait, up to
 * {@code maxBackoff} (1, 2, 4... intervals). An item whose page fails for a reason that may pass (timeout, server
 * error, the sink's own failure) is offered again on the next rounds, up to {@code itemAttempts} times in all;
 * one that cannot pass (404, not HTML, too large, no text) is reported once and marked seen.
 *
 * @param every        time from the start of one round to the start of the next; default {@link #DEFAULT_EVERY}
 * @param maxBackoff   longest wait before retrying a failing feed; default {@link #DEFAULT_MAX_BACKOFF}
 * @param itemAttempts how often a new item's page is tried before it is given up; default
 *                     {@value #DEFAULT_ITEM_ATTEMPTS}
 * @param fetch        HTTP settings for feeds and pages; default {@link FetchConfig#DEFAULT}
 */
public record PollerConfig(Duration every, Duration maxBackoff, int itemAttempts, FetchConfig fetch) {
    /** Five minutes, the {@code ingest --follow} default: news feeds rarely change faster. */
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(5);

    /** One hour: a feed down for a day is still tried 24 times. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofHours(1);

    /** Three tries: enough to ride out a brief outage, few enough not to hammer a broken page. */
    public static final int DEFAULT_ITEM_ATTEMPTS = 3;

    /** The settings used when none are given. */
    public static final PollerConfig DEFAULT =
            new PollerConfig(DEFAULT_EVERY, DEFAULT_MAX_BACKOFF, DEFAULT_ITEM_ATTEMPTS, FetchConfig.DEFAULT);

    /**
     * @throws IllegalArgumentException if a duration or itemAttempts is not positive
     * @throws NullPointerException     if an object is null
     */
    public PollerConfig {
        if (Objects.requireNonNull(every, "every").isZero() || every.isNegative()) {
            throw new IllegalArgumentException("every must be positive, was " + every);
        }
        if (Objects.requireNonNull(maxBackoff, "maxBackoff").isZero() || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("maxBackoff must be positive, was " + maxBackoff);
        }
        if (itemAttempts <= 0) {
            throw new IllegalArgumentException("itemAttempts must be positive, was " + itemAttempts);
        }
        Objects.requireNonNull(fetch, "fetch");
    }

    /**
     * @param interval the new polling interval
     * @return a copy with that interval
     */
    public PollerConfig withEvery(Duration interval) {
        return new PollerConfig(interval, maxBackoff, itemAttempts, fetch);
    }

    /**
     * @param settings the new HTTP settings
     * @return a copy with those settings
     */
    public PollerConfig withFetch(FetchConfig settings) {
        return new PollerConfig(every, maxBackoff, itemAttempts, settings);
    }
}
