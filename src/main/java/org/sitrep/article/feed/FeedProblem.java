package org.sitrep.article.feed;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that went wrong while polling, for the user to see; polling goes on.
 *
 * @param source  the feed, as {@link FeedSource#name()} gives it
 * @param item    the item's link (or guid), or null when the whole feed failed
 * @param message what went wrong and what to do, naming the feed or page
 * @param retryAt when the feed or item is tried again, or null when it is given up
 */
public record FeedProblem(String source, String item, String message, Instant retryAt) {
    /** @throws NullPointerException if source or message is null */
    public FeedProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }
}
