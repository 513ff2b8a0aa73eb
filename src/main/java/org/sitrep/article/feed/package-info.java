/**
 * News from the web: {@link org.sitrep.article.feed.FeedReader} reads RSS and Atom feeds into
 * {@link org.sitrep.article.feed.FeedItem}s, {@link org.sitrep.article.feed.PageFetcher} downloads a page and
 * cleans it into an {@link org.sitrep.article.Article} the same way an HTML file is read, and
 * {@link org.sitrep.article.feed.FeedPoller} polls feeds round after round, with back-off, remembering what it
 * has seen. Owned here: feed sources, fetch and poll settings, and the failures of fetching and polling.
 */
package org.sitrep.article.feed;
