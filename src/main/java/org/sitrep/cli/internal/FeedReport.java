package org.sitrep.cli.internal;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.sitrep.article.feed.FeedListener;
import org.sitrep.article.feed.FeedProblem;
import org.sitrep.article.feed.PollSummary;

/**
 * Tells the user what polling one feed ran into, each problem on its own line: in a single round every problem
 * counts as a failure; when following, only a feed or item given up does, and the others say when they are tried
 * again. A single round that finds nothing new says so.
 */
public final class FeedReport implements FeedListener {
    /** Whether the feed is polled once or followed; decides what is worth saying. */
    public enum Mode {
        /** One round: say when the feed had nothing new. */
        ONCE,
        /** Round after round: say when a failed feed or item is tried again. */
        FOLLOW
    }

    private final String source;
    private final IngestTally tally;
    private final Mode mode;
    private final ZoneId zone;

    /**
     * @param source the feed, as the user named it
     * @param tally  where failures are counted and printed
     * @param mode   one round or many
     * @param zone   the time zone retry times are shown in
     */
    public FeedReport(String source, IngestTally tally, Mode mode, ZoneId zone) {
        this.source = source;
        this.tally = tally;
        this.mode = mode;
        this.zone = zone;
    }

    @Override
    public void problem(FeedProblem problem) {
        String where = problem.item() == null ? "" : "feed '" + problem.source() + "': ";
        if (mode == Mode.FOLLOW && problem.retryAt() != null) {
            // not a failure yet: a later round tries again, and only giving up counts
            tally.note(where + problem.message() + " (trying again at "
                    + LocalTime.ofInstant(problem.retryAt(), zone).truncatedTo(ChronoUnit.SECONDS) + ")");
            return;
        }
        tally.failed(where + problem.message());
    }

    @Override
    public void roundFinished(PollSummary summary) {
        if (mode == Mode.ONCE && summary.feedsRead() > 0 && summary.articles() == 0 && summary.itemsFailed() == 0) {
            tally.note("feed '" + source + "': nothing new, every item was taken by an earlier run");
        }
    }
}
