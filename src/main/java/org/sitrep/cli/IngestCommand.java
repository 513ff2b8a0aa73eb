package org.sitrep.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.article.Article;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.ReadResult;
import org.sitrep.article.ReaderConfig;
import org.sitrep.article.feed.FeedItem;
import org.sitrep.article.feed.FeedPoller;
import org.sitrep.article.feed.FeedSource;
import org.sitrep.article.feed.FetchException;
import org.sitrep.article.feed.PageFetcher;
import org.sitrep.article.feed.PollInterval;
import org.sitrep.article.feed.PollerConfig;
import org.sitrep.cli.internal.BatchExtractor;
import org.sitrep.cli.internal.FeedReport;
import org.sitrep.cli.internal.FeedRounds;
import org.sitrep.cli.internal.IngestInputs;
import org.sitrep.cli.internal.IngestTally;
import org.sitrep.cli.internal.Lazy;
import org.sitrep.cli.internal.Progress;
import org.sitrep.cli.internal.ShutdownStop;
import org.sitrep.cli.internal.StoreOptions;
import org.sitrep.extract.Event;
import org.sitrep.store.ArticleStatus;
import org.sitrep.store.EventStore;
import org.sitrep.store.IngestOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep ingest}: extracts the events of articles, web pages and feed items and stores them, merging
 * reports of the same event.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts events from articles and adds them to the store, one transaction per article.",
                "Inputs: .txt or .html files, Article-format .jsonl files, directories of them, RSS/Atom feed files,",
                "and http(s) addresses of feeds (each new item's page is fetched) or of single news pages.",
                "Re-ingesting an article or a feed changes nothing. Exit code: 0 all inputs stored, 1 some failed,",
                "2 bad usage."})
public final class IngestCommand implements Callable<Integer> {
    /** How long Ctrl-C waits for the current article and the summary before the JVM ends anyway. */
    private static final Duration STOP_GRACE = Duration.ofMinutes(1);

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "files, directories, feed files or URLs")
    private List<String> inputs;

    @Mixin
    private StoreOptions store;

    @Option(names = "--published", paramLabel = "DATE",
            description = "publication date (YYYY-MM-DD or ISO 8601) for inputs that do not give one")
    private String published;

    @Option(names = "--threads", paramLabel = "N",
            description = "extraction threads for files (default: all cores); pages and feeds use one")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--follow", description = "keep polling the feeds until stopped with Ctrl-C")
    private boolean follow;

    @Option(names = "--every", paramLabel = "INTERVAL",
            description = "with --follow: time between polling rounds, e.g. 30s, 5m, 1h (default: 5m)")
    private String every;

    private final Function<Article, List<Event>> extractor;

    /** The command as the command line builds it: extraction by the full pipeline, loaded on first use. */
    public IngestCommand() {
        Lazy<Sitrep> sitrep = new Lazy<>(() -> Sitrep.load(SitrepConfig.DEFAULT));
        this.extractor = article -> sitrep.get().extract(article);
    }

    /** @param extractor how to find an article's events (tests pass one that needs no models) */
    IngestCommand(Function<Article, List<Event>> extractor) {
        this.extractor = extractor;
    }

    @Override
    public Integer call() {
        LocalDate defaultPublished = ExtractCommand.parsePublished(published);
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads);
        }
        PollerConfig polling = pollerConfig();
        IngestInputs sources = IngestInputs.of(inputs);
        IngestTally tally = new IngestTally(new Progress(System.err, System.console() != null), System.err);
        AtomicBoolean stopping = new AtomicBoolean();
        // Ctrl-C or SIGTERM: the articles being extracted are stored, the rest are left unread, and the hook
        // holds the JVM until the store is closed and the summary printed.
        try (ShutdownStop stop = new ShutdownStop(() -> stopping.set(true), STOP_GRACE);
             EventStore events = store.open()) {
            Run run = new Run(events, tally, defaultPublished, stopping);
            run.files(sources.files());
            List<FeedSource> feeds = new ArrayList<>(sources.feeds());
            feeds.addAll(run.pages(sources.urls()));
            run.feedsThenSummary(feeds, polling);
        }
        return tally.failures() == 0 ? 0 : 1;
    }

    private PollerConfig pollerConfig() {
        if (every != null && !follow) {
            throw new UsageException("--every sets the interval of --follow: add --follow, or drop --every");
        }
        try {
            return every == null ? PollerConfig.DEFAULT : PollerConfig.DEFAULT.withEvery(PollInterval.parse(every));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** One ingest: the open store, the counts, and the reading of each kind of input. */
    private final class Run {
        private final EventStore events;
        private final IngestTally tally;
        private final LocalDate defaultPublished;
        private final AtomicBoolean stopping;
        private boolean noted;

        Run(EventStore events, IngestTally tally, LocalDate defaultPublished, AtomicBoolean stopping) {
            this.stopping = stopping;
            this.events = events;
            this.tally = tally;
            this.defaultPublished = defaultPublished;
        }

        void files(List<Path> files) {
            ArticleReader reader = new ArticleReader(ReaderConfig.DEFAULT);
            try (BatchExtractor batch = new BatchExtractor(threads, extractor)) {
                for (Path input : files) {
                    reader.read(input, defaultPublished, read -> {
                        if (stopped()) {
                            return;
                        }
                        tally.read();
                        Optional<String> copy = read instanceof ReadResult.Ok ok ? events.storedCopyOf(ok.article())
                                : Optional.empty();
                        if (copy.isPresent()) {
                            // stored already: the store would refuse it, so it is not worth extracting
                            Article article = ((ReadResult.Ok) read).article();
                            tally.stored(new IngestOutcome(article.id(), ArticleStatus.DUPLICATE, copy.get(),
                                    List.of(), List.of(), List.of()));
                        } else {
                            batch.submit(read, this::store);
                        }
                    });
                }
                batch.drain(this::store);
            }
        }

        /** Fetches each address as a page; returns those that turned out to be feeds, to be polled. */
        List<FeedSource> pages(List<URI> urls) {
            PageFetcher fetcher = new PageFetcher();
            List<FeedSource> feeds = new ArrayList<>();
            for (URI url : urls) {
                if (stopped()) {
                    break;
                }
                try {
                    Article page = fetcher.fetch(url);
                    take(page, url.toString());
                } catch (FetchException e) {
                    // not HTML is what a feed address answers; with --follow a passing failure is the poller's to retry
                    if (e.kind() == FetchException.Kind.NOT_HTML || follow && e.retryable()) {
                        feeds.add(new FeedSource.Url(url));
                    } else {
                        tally.failed(e.getMessage());
                    }
                }
            }
            return feeds;
        }

        /** Polls the feeds (once, or until stopped with --follow), then prints the closing summary. */
        void feedsThenSummary(List<FeedSource> feeds, PollerConfig polling) {
            if (stopped()) {
                tally.finish();
                return;
            }
            if (!follow) {
                if (!feeds.isEmpty()) {
                    rounds(feeds, polling, FeedReport.Mode.ONCE).once(this::take);
                }
                tally.finish();
                return;
            }
            if (feeds.isEmpty()) {
                tally.note("--follow: none of the inputs is a feed, so there is nothing to keep polling");
                tally.finish();
                return;
            }
            FeedRounds rounds = rounds(feeds, polling, FeedReport.Mode.FOLLOW);
            // Ctrl-C stops the rounds; the hook holds the JVM until the summary below is printed
            try (ShutdownStop stop = new ShutdownStop(rounds::stop, STOP_GRACE)) {
                rounds.follow(this::take);
                tally.finish();
            }
        }

        /** True once a stop was asked for; says so once, in the summary's place. */
        private boolean stopped() {
            if (stopping.get() && !noted) {
                noted = true;
                tally.note("stopped: the articles already being read were stored; the inputs after them were not"
                        + " read, and ingesting them again picks up where this run stopped");
            }
            return stopping.get();
        }

        private FeedRounds rounds(List<FeedSource> feeds, PollerConfig polling, FeedReport.Mode mode) {
            List<FeedPoller> pollers = feeds.stream().map(feed -> FeedPoller.builder(List.of(feed)).config(polling)
                    .seenStore(events.seenItems(feed.name()))
                    .listener(new FeedReport(feed.name(), tally, mode, ZoneId.systemDefault())).build()).toList();
            return new FeedRounds(pollers, polling.every());
        }

        private void take(FeedItem item, Article article) {
            take(article, item.name());
        }

        private void store(BatchExtractor.Outcome outcome) {
            if (outcome.read() instanceof ReadResult.Failed failed) {
                tally.failed(failed.message());
            } else if (outcome.events() == null) {
                tally.failed(IngestTally.extractionFailed(((ReadResult.Ok) outcome.read()).article().id(),
                        outcome.error()));
            } else {
                tally.stored(events.ingest(((ReadResult.Ok) outcome.read()).article(), outcome.events()));
            }
        }

        /** Extracts and stores one fetched article; a store failure is thrown, for the poller to retry the item. */
        private void take(Article fetched, String from) {
            tally.read();
            Article article = fetched.published() != null || defaultPublished == null ? fetched
                    : new Article(fetched.id(), defaultPublished, fetched.title(), fetched.text(), fetched.url(),
                    fetched.source(), fetched.offsets(), fetched.warnings());
            List<Event> found;
            try {
                found = extractor.apply(article);
            } catch (RuntimeException e) {
                String reason = e.getMessage() != null ? e.getMessage() : e.toString();
                tally.failed(IngestTally.extractionFailed(article.id(), reason) + " (from '" + from + "')");
                return;
            }
            tally.stored(events.ingest(article, found));
        }
    }
}
