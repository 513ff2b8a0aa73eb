package org.sitrep.cli.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.article.Article;
import org.sitrep.article.ReadResult;
import org.sitrep.extract.Event;

/**
 * Runs extraction over a stream of read results on a fixed number of threads, handing results on in input
 * order and holding at most a few articles per thread in memory.
 */
public final class BatchExtractor implements AutoCloseable {
    private static final int QUEUE_PER_THREAD = 4;

    private final ExecutorService pool;
    private final int window;
    private final Function<Article, List<Event>> extractor;
    private final Deque<Pending> pending = new ArrayDeque<>();

    /**
     * @param threads   worker threads, at least 1
     * @param extractor the extraction to run per article; must be thread-safe
     */
    public BatchExtractor(int threads, Function<Article, List<Event>> extractor) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-extract");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * QUEUE_PER_THREAD;
        this.extractor = extractor;
    }

    /**
     * The outcome for one read result.
     *
     * @param read   what was read
     * @param events the events, or null when reading or extraction failed
     * @param error  why extraction failed, or null
     */
    public record Outcome(ReadResult read, List<Event> events, String error) {
    }

    /**
     * Queues one read result; hands finished outcomes, in input order, to the sink.
     *
     * @param read a read result
     * @param sink receives outcomes
     */
    public void submit(ReadResult read, Consumer<Outcome> sink) {
        Future<List<Event>> future = read instanceof ReadResult.Ok ok
                ? pool.submit(() -> extractor.apply(ok.article())) : null;
        pending.add(new Pending(read, future));
        while (pending.size() > window) {
            sink.accept(await(pending.poll()));
        }
    }

    /**
     * Waits for everything queued.
     *
     * @param sink receives the remaining outcomes in input order
     */
    public void drain(Consumer<Outcome> sink) {
        while (!pending.isEmpty()) {
            sink.accept(await(pending.poll()));
        }
    }

    private static Outcome await(Pending p) {
        if (p.future == null) {
            return new Outcome(p.read, null, null);
        }
        try {
            return new Outcome(p.read, p.future.get(), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (System.getenv("SITREP_DEBUG") != null) {
                cause.printStackTrace();
            }
            return new Outcome(p.read, null, cause.getMessage() != null ? cause.getMessage() : cause.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(p.read, null, "interrupted");
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private record Pending(ReadResult read, Future<List<Event>> future) {
    }
}
