package org.sitrep.article.feed.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * When each failing feed may be tried again: the next round after one failure, then after 2, 4, 8... rounds,
 * never more than a cap. Times count from the start of the round that failed, so that "next round" means the
 * very next one however long the round took. Used by one polling thread; not thread-safe.
 *
 * @param <K> what is backed off, e.g. a feed source
 */
public final class Backoff<K> {
    private record Failures(int count, Instant retryAt) {
    }

    private final Duration every;
    private final Duration max;
    private final Map<K, Failures> failing = new HashMap<>();

    /**
     * @param every the polling interval
     * @param max   the longest wait; raised to {@code every} if shorter
     */
    public Backoff(Duration every, Duration max) {
        this.every = every;
        this.max = max.compareTo(every) < 0 ? every : max;
    }

    /**
     * @param key        what to check
     * @param roundStart when the current round started
     * @return whether it may be tried in this round
     */
    public boolean due(K key, Instant roundStart) {
        Failures failures = failing.get(key);
        return failures == null || !roundStart.isBefore(failures.retryAt());
    }

    /**
     * @param key        what failed
     * @param roundStart when the round in which it failed started
     * @return when it is tried again
     */
    public Instant failed(K key, Instant roundStart) {
        int count = failing.containsKey(key) ? failing.get(key).count() + 1 : 1;
        Duration wait = every.multipliedBy(1L << Math.min(count - 1, 30));
        Instant retryAt = roundStart.plus(wait.compareTo(max) > 0 ? max : wait);
        failing.put(key, new Failures(count, retryAt));
        return retryAt;
    }

    /** @param key what succeeded: its failures are forgotten */
    public void succeeded(K key) {
        failing.remove(key);
    }
}
