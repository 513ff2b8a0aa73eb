package org.sitrep.article.feed;

/**
 * What one polling round did.
 *
 * @param feedsRead   feeds downloaded and parsed
 * @param feedsFailed feeds that failed this round (each reported as a {@link FeedProblem})
 * @param feedsWaiting feeds skipped because they are backing off after failures
 * @param articles    articles handed to the sink
 * @param itemsFailed new items whose page or sink failed (each reported)
 */
public record PollSummary(int feedsRead, int feedsFailed, int feedsWaiting, int articles, int itemsFailed) {
}
