package org.sitrep.cli.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Makes Ctrl-C (or any orderly JVM shutdown) end work cleanly: a shutdown hook asks the work to stop and holds the
 * JVM until {@link #close()} says the work is finished and its summary printed, or the grace time is over.
 */
public final class ShutdownStop implements AutoCloseable {
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    /**
     * Installs the hook.
     *
     * @param stop  asks the work to stop; called on the hook's thread
     * @param grace the longest the hook holds the JVM
     */
    public ShutdownStop(Runnable stop, Duration grace) {
        this.hook = new Thread(() -> {
            stop.run();
            try {
                finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sitrep-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Says the work is finished: a waiting hook lets the JVM end; otherwise the hook is removed. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down, and the hook just released is letting it
        }
    }
}
