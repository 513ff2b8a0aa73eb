package org.sitrep.store;

import java.time.Clock;
import java.util.Objects;
import org.sitrep.article.feed.SeenStore;
import org.sitrep.store.internal.FeedItemRows;

/**
 * The items one feed has already handed on, kept in the event store's {@code feed_items} table so that they
 * survive the process: polling the feed again, today or next week, fetches only what is new. Get one from
 * {@link EventStore#seenItems(String)}; it is usable until the store is closed. Thread-safe.
 */
public final class SeenFeedItems implements SeenStore {
    private final EventStore store;
    private final String source;
    private final Clock clock;

    SeenFeedItems(EventStore store, String source, Clock clock) {
        this.store = store;
        this.source = source;
        this.clock = clock;
    }

    /** @return the feed whose items these are, as the user named it */
    public String source() {
        return source;
    }

    /**
     * @throws NullPointerException if key is null
     * @throws StoreException       if the query fails
     */
    @Override
    public boolean contains(String key) {
        Objects.requireNonNull(key, "key");
        return store.read("looking up feed item '" + key + "' of " + source,
                c -> FeedItemRows.contains(c, source, key));
    }

    /**
     * @throws NullPointerException if key is null
     * @throws StoreException       if the insert fails
     */
    @Override
    public void add(String key) {
        Objects.requireNonNull(key, "key");
        store.write("recording feed item '" + key + "' of " + source,
                c -> FeedItemRows.add(c, source, key, clock.instant()));
    }
}
