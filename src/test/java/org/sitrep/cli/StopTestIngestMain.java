package org.sitrep.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;

/**
 * The child process of {@link IngestStopTest}: {@code sitrep ingest} with an extractor that needs no models and
 * takes a fifth of a second an article, printing {@value #READY} on stdout when the first article is being read.
 * Usage: {@code StopTestIngestMain ARTICLES.jsonl DB_FILE}.
 */
public final class StopTestIngestMain {
    /** The line printed once extraction has started. */
    static final String READY = "ready";

    private StopTestIngestMain() {
    }

    /** @param args the articles and the database file */
    public static void main(String[] args) {
        AtomicBoolean started = new AtomicBoolean();
        IngestCommand command = new IngestCommand(article -> {
            if (started.compareAndSet(false, true)) {
                System.out.println(READY);
                System.out.flush();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return StoreCommandsTest.oneAttack(article);
        });
        System.exit(new CommandLine(command).execute(args[0], "--db", args[1], "--threads", "1",
                "--published", "2020-01-26"));
    }
}
