package org.sitrep.article.feed;

import java.time.Duration;

/** Waits between polling rounds; tests replace it with one that moves a fake clock instead. */
@FunctionalInterface
public interface Sleeper {
    /**
     * @param duration how long to wait, positive
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
