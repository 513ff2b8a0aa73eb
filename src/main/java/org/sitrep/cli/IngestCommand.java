package org.sitrep.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.article.Article;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.ReadResult;
import org.sitrep.article.ReaderConfig;
import org.sitrep.cli.internal.BatchExtractor;
import org.sitrep.cli.internal.Lazy;
import org.sitrep.cli.internal.Progress;
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
 * {@code sitrep ingest}: extracts the events of articles and stores them, merging reports of the same event.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts events from articles and adds them to the store, one transaction per article.",
                "Inputs: .txt or .html files, Article-format .jsonl files, or directories of them.",
                "Re-ingesting an article changes nothing. Exit code: 0 all inputs stored, 1 some failed, 2 bad usage."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories to read")
    private List<Path> inputs;

    @Mixin
    private StoreOptions store;

    @Option(names = "--published", paramLabel = "DATE",
            description = "publication date (YYYY-MM-DD or ISO 8601) for inputs that do not give one")
    private String published;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: all cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

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
        ArticleReader reader = new ArticleReader(ReaderConfig.DEFAULT);
        Tally tally = new Tally(new Progress(System.err, System.console() != null));
        try (EventStore events = store.open(); BatchExtractor batch = new BatchExtractor(threads, extractor)) {
            for (Path input : inputs) {
                reader.read(input, defaultPublished, read -> {
                    tally.read++;
                    batch.submit(read, outcome -> tally.store(outcome, events));
                });
            }
            batch.drain(outcome -> tally.store(outcome, events));
        }
        tally.progress.finish();
        System.err.printf("articles new: %d, duplicate: %d, failed: %d; events new: %d, merged: %d, revised: %d%n",
                tally.fresh, tally.duplicates, tally.failures, tally.created, tally.merged, tally.revised);
        return tally.failures == 0 ? 0 : 1;
    }

    /** Stores outcomes and counts them; used from the reading thread only. */
    private static final class Tally {
        private final Progress progress;
        private int read;
        private int fresh;
        private int duplicates;
        private int failures;
        private int created;
        private int merged;
        private int revised;

        Tally(Progress progress) {
            this.progress = progress;
        }

        void store(BatchExtractor.Outcome outcome, EventStore events) {
            if (outcome.read() instanceof ReadResult.Failed failed) {
                fail(failed.message());
            } else if (outcome.events() == null) {
                fail("article '" + ((ReadResult.Ok) outcome.read()).article().id() + "': extraction failed ("
                        + outcome.error() + "): skipped");
            } else {
                Article article = ((ReadResult.Ok) outcome.read()).article();
                IngestOutcome done = events.ingest(article, outcome.events());
                if (done.status() == ArticleStatus.DUPLICATE) {
                    duplicates++;
                } else {
                    fresh++;
                }
                created += done.created().size();
                merged += done.merged().size();
                revised += done.revised().size();
            }
            progress.update(fresh + duplicates + failures, read, created, failures);
        }

        private void fail(String message) {
            failures++;
            progress.finish();
            System.err.println(message);
        }
    }
}
