package org.sitrep.article.feed;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SeenStore} that forgets everything when the process ends. Thread-safe. */
public final class MemorySeenStore implements SeenStore {
    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    /** An empty store. */
    public MemorySeenStore() {
        // keys are added as items are handled
    }

    /** @throws NullPointerException if key is null */
    @Override
    public boolean contains(String key) {
        return keys.contains(Objects.requireNonNull(key, "key"));
    }

    /** @throws NullPointerException if key is null */
    @Override
    public void add(String key) {
        keys.add(Objects.requireNonNull(key, "key"));
    }

    /** @return how many keys are recorded */
    public int size() {
        return keys.size();
    }
}
