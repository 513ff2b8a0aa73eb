package org.sitrep.article.feed;

/**
 * Remembers which feed items were already handled, by key: an item's guid and its canonical link are both
 * recorded, and an item is new only when neither is known. Implementations must be safe to call from the
 * polling thread while another thread reads; the database-backed one keeps keys across runs.
 */
public interface SeenStore {
    /**
     * @param key a guid or canonical link
     * @return whether the key was recorded before
     */
    boolean contains(String key);

    /**
     * Records a key; recording a known key again changes nothing.
     *
     * @param key a guid or canonical link
     */
    void add(String key);
}
