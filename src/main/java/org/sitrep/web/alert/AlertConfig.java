package org.sitrep.web.alert;

import java.time.Duration;
import java.util.Objects;

/**
 * How webhook deliveries are made and retried.
 *
 * @param pollInterval   how often the outbox is checked for due deliveries (default 1 s)
 * @param firstRetry     the wait after the first failure; doubled after each further one (default 5 s)
 * @param maxRetry       the longest wait between attempts (default 1 h)
 * @param requestTimeout how long one POST may take (default 10 s)
 */
public record AlertConfig(Duration pollInterval, Duration firstRetry, Duration maxRetry, Duration requestTimeout) {
    /** Deliveries are looked for every second. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
    /** A failed delivery is first retried after five seconds. */
    public static final Duration DEFAULT_FIRST_RETRY = Duration.ofSeconds(5);
    /** Retries are never further apart than an hour; they go on until the webhook answers. */
    public static final Duration DEFAULT_MAX_RETRY = Duration.ofHours(1);
    /** A webhook has ten seconds to answer. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Every default. */
    public static final AlertConfig DEFAULT = new AlertConfig(DEFAULT_POLL_INTERVAL, DEFAULT_FIRST_RETRY,
            DEFAULT_MAX_RETRY, DEFAULT_REQUEST_TIMEOUT);

    /** @throws IllegalArgumentException if a duration is not positive or the longest retry is below the first */
    public AlertConfig {
        for (Duration d : new Duration[]{pollInterval, firstRetry, maxRetry, requestTimeout}) {
            if (Objects.requireNonNull(d, "duration").isNegative() || d.isZero()) {
                throw new IllegalArgumentException("alert durations must be positive, got " + d);
            }
        }
        if (maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("the longest retry " + maxRetry + " is below the first " + firstRetry);
        }
    }

    /**
     * @param failures how many attempts failed so far (at least 1)
     * @return the wait before the next attempt: the first retry doubled per further failure, capped
     */
    public Duration backoff(int failures) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(30, Math.max(0, failures - 1)));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
