package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.ReadResult;
import org.sitrep.article.ReaderConfig;
import org.sitrep.cli.internal.BatchExtractor;
import org.sitrep.cli.internal.Lazy;
import org.sitrep.cli.internal.Progress;
import org.sitrep.extract.Event;
import org.sitrep.time.DateFormatException;
import org.sitrep.time.DateResolver;
import org.sitrep.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep extract}: prints the events that articles report, one JSON object per line.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the events that articles report as JSON lines (the Event format) on stdout.",
                "Inputs: .txt or .html files, Article-format .jsonl files, or directories of them.",
                "Exit code: 0 all inputs read, 1 some failed (each named on stderr), 2 bad usage."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories to read")
    private List<Path> inputs;

    @Option(names = "--published", paramLabel = "DATE",
            description = "publication date (YYYY-MM-DD or ISO 8601) for inputs that do not give one")
    private String published;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "BYTES",
            description = "largest article accepted (default: ${DEFAULT-VALUE})")
    private long maxBytes = ReaderConfig.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() {
        LocalDate defaultPublished = parsePublished(published);
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads);
        }
        ArticleReader reader = new ArticleReader(new ReaderConfig(maxBytes, ReaderConfig.DEFAULT.textTitle(),
                ReaderConfig.DEFAULT.cleaner()));
        Lazy<Sitrep> sitrep = new Lazy<>(() -> Sitrep.load(SitrepConfig.DEFAULT));
        boolean many = inputs.size() > 1 || isDirectoryOrJsonl(inputs.get(0));
        // The bar is for people: a log file or a pipe gets only the closing summary.
        Tally tally = new Tally(new Progress(System.err, many && System.console() != null));
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
             BatchExtractor batch = new BatchExtractor(threads, article -> sitrep.get().extract(article))) {
            for (Path input : inputs) {
                reader.read(input, defaultPublished, read -> {
                    tally.read++;
                    batch.submit(read, outcome -> tally.report(outcome, out));
                });
            }
            batch.drain(outcome -> tally.report(outcome, out));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to stdout", e);
        }
        tally.progress.finish();
        System.err.printf("articles read: %d, events: %d, failures: %d%n", tally.articles, tally.events,
                tally.failures);
        return tally.failures == 0 ? 0 : 1;
    }

    /**
     * @param text a --published value, or null
     * @return the day, or null
     * @throws UsageException naming the flag when the format is unknown
     */
    static LocalDate parsePublished(String text) {
        if (text == null) {
            return null;
        }
        try {
            return DateResolver.parsePublished(text);
        } catch (DateFormatException e) {
            throw new UsageException("--published: " + e.getMessage());
        }
    }

    private static boolean isDirectoryOrJsonl(Path p) {
        return p.toFile().isDirectory() || p.toString().endsWith(".jsonl");
    }

    /** Counts and writes outcomes; used from the reading thread only. */
    private static final class Tally {
        private final Progress progress;
        private int read;
        private int articles;
        private int events;
        private int failures;

        Tally(Progress progress) {
            this.progress = progress;
        }

        void report(BatchExtractor.Outcome outcome, BufferedWriter out) {
            PrintStream err = System.err;
            if (outcome.read() instanceof ReadResult.Failed failed) {
                failures++;
                progress.finish();
                err.println(failed.message());
            } else if (outcome.events() == null) {
                failures++;
                progress.finish();
                err.println("article '" + ((ReadResult.Ok) outcome.read()).article().id() + "': extraction failed ("
                        + outcome.error() + "): skipped");
            } else {
                articles++;
                for (Event e : outcome.events()) {
                    write(out, e);
                    events++;
                }
            }
            progress.update(articles + failures, read, events, failures);
        }

        private static void write(BufferedWriter out, Event e) {
            try {
                out.write(Json.mapper().writeValueAsString(e));
                out.newLine();
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("cannot serialise event " + e.eventId(), ex);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write to stdout", ex);
            }
        }
    }
}
