package org.sitrep.article.feed;

import org.sitrep.article.Article;

/**
 * Receives each article the {@link FeedPoller} fetched, e.g. to extract and store it.
 *
 * @param <E> the checked exception the sink may throw; {@link RuntimeException} for none
 */
@FunctionalInterface
public interface ArticleSink<E extends Exception> {
    /**
     * @param item    the feed item the article came from
     * @param article the fetched and cleaned page
     * @throws E if the article could not be taken; the poller reports it and offers the item again next round
     */
    void accept(FeedItem item, Article article) throws E;
}
