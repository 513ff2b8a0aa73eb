package org.sitrep.article.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sitrep.article.Article;
import org.sitrep.article.feed.internal.Backoff;
import org.sitrep.article.feed.internal.CanonicalUrl;
import org.sitrep.article.feed.internal.Download;
import org.sitrep.article.feed.internal.Expect;
import org.sitrep.article.feed.internal.HttpGet;
import org.sitrep.lang.Language;

/**
 * Polls RSS/Atom feeds and hands each new item's page, as an {@link Article}, to a sink: the engine behind
 * {@code ingest --follow --every 5m}.
 *
 * <p>Each round reads every feed that is not backing off, skips items the {@link SeenStore} knows (by guid or
 * canonical link), fetches the rest oldest first with a {@link PageFetcher}, and hands each article to the sink;
 * an item is marked seen once the sink took it, or once it failed for good. Nothing stops a round but
 * {@link #stop()}: a feed that times out, answers 404 or 5xx, or sends broken XML is reported to the
 * {@link FeedListener} and retried later with back-off (see {@link PollerConfig}) while the other feeds go on;
 * an item whose page or sink fails is reported and the next item goes on.
 *
 * <p>Build with {@link #builder(List)}. One thread runs {@link #run(ArticleSink)} or {@link #pollOnce(ArticleSink)};
 * any thread may call {@link #stop()}, after which the current article is finished and {@code run} returns.
 */
public final class FeedPoller {
    private final List<FeedSource> sources;
    private final PollerConfig config;
    private final SeenStore seen;
    private final FeedListener listener;
    private final Clock clock;
    private final Sleeper sleeper;
    private final FeedReader reader;
    private final HttpGet http;
    private final PageFetcher pages;
    private final Backoff<FeedSource> backoff;
    private final Map<String, Integer> itemAttempts = new HashMap<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final CountDownLatch wake = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopRequested;

    private FeedPoller(Builder builder) {
        this.sources = builder.sources;
        this.config = builder.config;
        this.seen = builder.seen;
        this.listener = builder.listener;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper != null ? builder.sleeper
                : duration -> wake.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        this.reader = new FeedReader(config.fetch().maxBytes());
        Language language = builder.language != null ? builder.language : Language.english();
        this.pages = new PageFetcher(config.fetch(), language);
        this.http = pages.http();
        this.backoff = new Backoff<>(config.every(), config.maxBackoff());
    }

    /**
     * @param sources the feeds to poll, in the order they are read each round
     * @return a builder with {@link PollerConfig#DEFAULT}, a {@link MemorySeenStore}, a listener that ignores
     *         problems, the UTC system clock and a sleeper that {@link #stop()} wakes
     * @throws NullPointerException     if sources or one of them is null
     * @throws IllegalArgumentException if sources is empty
     */
    public static Builder builder(List<FeedSource> sources) {
        return new Builder(sources);
    }

    /**
     * Polls round after round, {@link PollerConfig#every()} apart (start to start), until {@link #stop()} is called
     * or the thread is interrupted while waiting.
     *
     * @param sink receives each new article
     * @throws IllegalStateException if this poller is already polling on another thread
     * @throws NullPointerException  if sink is null
     */
    public void run(ArticleSink<?> sink) {
        Objects.requireNonNull(sink, "sink");
        claim();
        try {
            while (!stopRequested) {
                Instant start = clock.instant();
                round(start, sink);
                Duration wait = Duration.between(clock.instant(), start.plus(config.every()));
                if (!stopRequested && !wait.isNegative() && !wait.isZero()) {
                    sleeper.sleep(wait);
                }
            }
        } catch (InterruptedException e) {
            stopRequested = true;
            Thread.currentThread().interrupt();
        } finally {
            busy.set(false);
            finished.countDown();
        }
    }

    /**
     * Polls every feed that is due once, e.g. for {@code ingest} without {@code --follow}.
     *
     * @param sink receives each new article
     * @return what the round did
     * @throws IllegalStateException if this poller is already polling on another thread
     * @throws NullPointerException  if sink is null
     */
    public PollSummary pollOnce(ArticleSink<?> sink) {
        Objects.requireNonNull(sink, "sink");
        claim();
        try {
            return round(clock.instant(), sink);
        } finally {
            busy.set(false);
        }
    }

    /**
     * Asks polling to end: the article being fetched or handed to the sink is finished, nothing after it is
     * started, and a wait between rounds ends at once. Returns without waiting; see {@link #awaitStopped}.
     */
    public void stop() {
        stopRequested = true;
        wake.countDown();
    }

    /**
     * @param timeout how long to wait at most
     * @return true once {@link #run} has returned, or at once when it is not running
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return !busy.get() || finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void claim() {
        if (!busy.compareAndSet(false, true)) {
            throw new IllegalStateException("this feed poller is already polling on another thread");
        }
    }

    private PollSummary round(Instant start, ArticleSink<?> sink) {
        Tally tally = new Tally();
        for (FeedSource source : sources) {
            if (stopRequested) {
                break;
            }
            if (!backoff.due(source, start)) {
                tally.feedsWaiting++;
                continue;
            }
            List<FeedItem> items;
            try {
                items = load(source);
                backoff.succeeded(source);
                tally.feedsRead++;
            } catch (SourceException e) {
                tally.feedsFailed++;
                listener.problem(new FeedProblem(source.name(), null, e.getMessage(), backoff.failed(source, start)));
                continue;
            }
            handleNew(source, items, start, sink, tally);
        }
        PollSummary summary = tally.summary();
        listener.roundFinished(summary);
        return summary;
    }

    private List<FeedItem> load(FeedSource source) {
        if (source instanceof FeedSource.File file) {
            return reader.read(file.path());
        }
        Download feed = http.get(((FeedSource.Url) source).uri(), Expect.FEED);
        return reader.read(feed.uri(), feed.body());
    }

    private void handleNew(FeedSource source, List<FeedItem> items, Instant start, ArticleSink<?> sink, Tally tally) {
        List<FeedItem> fresh = new ArrayList<>(items.stream().filter(item -> isNew(keys(item))).toList());
        fresh.sort(Comparator.comparing(FeedItem::published, Comparator.nullsLast(Comparator.naturalOrder())));
        for (FeedItem item : fresh) {
            if (stopRequested) {
                return;
            }
            if (handle(source, item, start, sink)) {
                tally.articles++;
            } else {
                tally.itemsFailed++;
            }
        }
    }

    private boolean handle(FeedSource source, FeedItem item, Instant start, ArticleSink<?> sink) {
        List<String> keys = keys(item);
        Article article;
        try {
            article = pages.fetch(item);
        } catch (FetchException e) {
            failed(source, item, keys, e.getMessage(), e.retryable(), start);
            return false;
        }
        try {
            sink.accept(item, article);
        } catch (Exception e) {
            // the sink's own failure, e.g. a store that is briefly locked: the item is offered again
            failed(source, item, keys, "article " + article.id() + " from '" + item.name() + "' was not taken: "
                    + e.getMessage(), true, start);
            return false;
        }
        markSeen(keys);
        return true;
    }

    private void failed(FeedSource source, FeedItem item, List<String> keys, String message, boolean retryable,
                        Instant start) {
        int attempts = itemAttempts.merge(keys.get(0), 1, Integer::sum);
        if (retryable && attempts < config.itemAttempts()) {
            listener.problem(new FeedProblem(source.name(), item.name(), message, start.plus(config.every())));
            return;
        }
        markSeen(keys);
        String end = retryable ? " (given up after " + attempts + " attempts)" : "";
        listener.problem(new FeedProblem(source.name(), item.name(), message + end, null));
    }

    private void markSeen(List<String> keys) {
        keys.forEach(seen::add);
        itemAttempts.remove(keys.get(0));
    }

    private boolean isNew(List<String> keys) {
        return keys.stream().noneMatch(seen::contains);
    }

    /** The guid and the canonical link, so that an item is known by either; the title when it has neither. */
    private static List<String> keys(FeedItem item) {
        List<String> keys = new ArrayList<>(2);
        if (item.guid() != null) {
            keys.add(item.guid());
        }
        if (item.link() != null) {
            keys.add(CanonicalUrl.of(item.link()));
        }
        if (keys.isEmpty()) {
            keys.add("title:" + item.title());
        }
        return keys;
    }

    /** Counts of one round, kept by the polling thread. */
    private static final class Tally {
        int feedsRead;
        int feedsFailed;
        int feedsWaiting;
        int articles;
        int itemsFailed;

        PollSummary summary() {
            return new PollSummary(feedsRead, feedsFailed, feedsWaiting, articles, itemsFailed);
        }
    }

    /** Collects what a {@link FeedPoller} needs; every setting but the sources has a default. */
    public static final class Builder {
        private final List<FeedSource> sources;
        private PollerConfig config = PollerConfig.DEFAULT;
        private SeenStore seen = new MemorySeenStore();
        private FeedListener listener = problem -> { };
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper;
        private Language language;

        private Builder(List<FeedSource> sources) {
            this.sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
            if (this.sources.isEmpty()) {
                throw new IllegalArgumentException("give at least one feed to poll");
            }
        }

        /**
         * @param settings interval, back-off and HTTP settings
         * @return this builder
         */
        public Builder config(PollerConfig settings) {
            this.config = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * @param store where handled items are remembered
         * @return this builder
         */
        public Builder seenStore(SeenStore store) {
            this.seen = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * @param problems hears problems and round summaries
         * @return this builder
         */
        public Builder listener(FeedListener problems) {
            this.listener = Objects.requireNonNull(problems, "problems");
            return this;
        }

        /**
         * @param time the clock rounds and back-off are timed by
         * @param wait how the poller waits between rounds; it is not woken by {@link FeedPoller#stop()}
         * @return this builder
         */
        public Builder timing(Clock time, Sleeper wait) {
            this.clock = Objects.requireNonNull(time, "time");
            this.sleeper = Objects.requireNonNull(wait, "wait");
            return this;
        }

        /**
         * @param bundle the language bundle pages are cleaned with; default the English bundle
         * @return this builder
         */
        public Builder language(Language bundle) {
            this.language = Objects.requireNonNull(bundle, "bundle");
            return this;
        }

        /** @return the poller */
        public FeedPoller build() {
            return new FeedPoller(this);
        }
    }
}
