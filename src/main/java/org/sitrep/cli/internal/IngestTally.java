package org.sitrep.cli.internal;

import java.io.PrintStream;
import org.sitrep.store.ArticleStatus;
import org.sitrep.store.IngestOutcome;

/**
 * Counts what {@code sitrep ingest} did, keeps the progress bar up to date and prints problems on their own
 * lines. Used from one thread: the one that stores articles.
 */
public final class IngestTally {
    private final Progress progress;
    private final PrintStream err;
    private int read;
    private int fresh;
    private int duplicates;
    private int failures;
    private int created;
    private int merged;
    private int revised;

    /**
     * @param progress the bar to update
     * @param err      where problems and notes are printed
     */
    public IngestTally(Progress progress, PrintStream err) {
        this.progress = progress;
        this.err = err;
    }

    /** Counts one more article known, so that the bar's total grows as inputs are read. */
    public void read() {
        read++;
    }

    /** @param outcome what the store did with one article */
    public void stored(IngestOutcome outcome) {
        if (outcome.status() == ArticleStatus.DUPLICATE) {
            duplicates++;
        } else {
            fresh++;
        }
        created += outcome.created().size();
        merged += outcome.merged().size();
        revised += outcome.revised().size();
        update();
    }

    /** @param message a one-line problem naming the input; counted as a failure */
    public void failed(String message) {
        failures++;
        note(message);
    }

    /** @param message a one-line remark, printed without counting anything */
    public void note(String message) {
        progress.finish();
        err.println(message);
        update();
    }

    /**
     * @param id     the article
     * @param reason why the extractor failed
     * @return the one-line message for an article whose extraction failed
     */
    public static String extractionFailed(String id, String reason) {
        return "article '" + id + "': extraction failed (" + reason + "): skipped";
    }

    /** Clears the bar and prints the closing summary. */
    public void finish() {
        progress.finish();
        err.printf("articles new: %d, duplicate: %d, failed: %d; events new: %d, merged: %d, revised: %d%n",
                fresh, duplicates, failures, created, merged, revised);
    }

    /** @return how many failures were counted */
    public int failures() {
        return failures;
    }

    private void update() {
        progress.update(fresh + duplicates + failures, Math.max(read, fresh + duplicates + failures), created,
                failures);
    }
}
