package org.sitrep.article.feed;

/** Hears what a {@link FeedPoller} runs into; called on the polling thread, so it must return quickly. */
@FunctionalInterface
public interface FeedListener {
    /** @param problem a feed or item that failed */
    void problem(FeedProblem problem);

    /**
     * Called after each round; does nothing by default.
     *
     * @param summary what the round did
     */
    default void roundFinished(PollSummary summary) {
    }
}
