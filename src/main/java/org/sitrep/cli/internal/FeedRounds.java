package org.sitrep.cli.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sitrep.article.feed.ArticleSink;
import org.sitrep.article.feed.FeedPoller;

/**
 * Polls several feeds round after round, each feed with its own {@link FeedPoller}, so that each keeps its own
 * record of seen items and its own back-off. One thread polls; any thread may {@link #stop()}.
 */
public final class FeedRounds {
    private final List<FeedPoller> pollers;
    private final Duration every;
    private final CountDownLatch wake = new CountDownLatch(1);
    private volatile boolean stopped;

    /**
     * @param pollers one poller per feed, in the order they are read each round
     * @param every   time from the start of one round to the start of the next
     */
    public FeedRounds(List<FeedPoller> pollers, Duration every) {
        this.pollers = List.copyOf(pollers);
        this.every = every;
    }

    /**
     * Polls every feed once, in order, unless stopped.
     *
     * @param sink receives each new article
     */
    public void once(ArticleSink<?> sink) {
        for (FeedPoller poller : pollers) {
            if (stopped) {
                return;
            }
            poller.pollOnce(sink);
        }
    }

    /**
     * Polls round after round until {@link #stop()} is called or the thread is interrupted while waiting.
     *
     * @param sink receives each new article
     */
    public void follow(ArticleSink<?> sink) {
        while (!stopped) {
            long start = System.nanoTime();
            once(sink);
            long left = every.toNanos() - (System.nanoTime() - start);
            if (stopped || left <= 0) {
                continue;
            }
            try {
                wake.await(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Ends polling: the current article is finished, nothing after it is started, a wait ends at once. */
    public void stop() {
        stopped = true;
        pollers.forEach(FeedPoller::stop);
        wake.countDown();
    }
}
