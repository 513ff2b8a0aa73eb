package org.sitrep.spark.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Disjoint sets of string keys, with path halving and union by size. Not thread-safe: the driver builds one
 * from the edges the blocks found, then hands out {@link #roots} read-only.
 */
public final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Integer> size = new HashMap<>();

    /**
     * Joins the sets of two keys.
     *
     * @param a a key
     * @param b another key
     */
    public void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (ra.equals(rb)) {
            return;
        }
        int sa = size.getOrDefault(ra, 1);
        int sb = size.getOrDefault(rb, 1);
        String big = sa >= sb ? ra : rb;
        String small = big.equals(ra) ? rb : ra;
        parent.put(small, big);
        size.put(big, sa + sb);
        size.remove(small);
    }

    /**
     * @param key a key
     * @return the representative of its set (the key itself when it was never joined)
     */
    public String find(String key) {
        String k = key;
        String p = parent.get(k);
        while (p != null) {
            String grand = parent.get(p);
            if (grand != null) {
                parent.put(k, grand);
            }
            k = p;
            p = parent.get(k);
        }
        return k;
    }

    /** @return every joined key with its representative */
    public Map<String, String> roots() {
        Map<String, String> roots = new HashMap<>();
        for (String k : parent.keySet()) {
            roots.put(k, find(k));
        }
        for (String k : size.keySet()) {
            roots.putIfAbsent(k, k);
        }
        return roots;
    }
}
