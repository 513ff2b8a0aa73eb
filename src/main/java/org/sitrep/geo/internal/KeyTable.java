package org.sitrep.geo.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * An immutable map from ASCII keys to lists of entry numbers, kept as sorted flat arrays so it
 * loads without hashing and costs a few bytes per key.
 */
public final class KeyTable {
    private static final int[] NONE = new int[0];

    private final byte[] keyBytes;
    private final int[] keyStarts;
    private final int[] postingStarts;
    private final int[] postings;

    private KeyTable(byte[] keyBytes, int[] keyStarts, int[] postingStarts, int[] postings) {
        this.keyBytes = keyBytes;
        this.keyStarts = keyStarts;
        this.postingStarts = postingStarts;
        this.postings = postings;
    }

    /**
     * @param entries keys (ASCII) and the entry numbers each one leads to
     * @return the table
     */
    public static KeyTable of(SortedMap<String, List<Integer>> entries) {
        int n = entries.size();
        int[] keyStarts = new int[n + 1];
        int[] postingStarts = new int[n + 1];
        int totalKeys = entries.keySet().stream().mapToInt(String::length).sum();
        int totalPostings = entries.values().stream().mapToInt(List::size).sum();
        byte[] keyBytes = new byte[totalKeys];
        int[] postings = new int[totalPostings];
        int i = 0;
        for (Map.Entry<String, List<Integer>> e : entries.entrySet()) {
            byte[] k = e.getKey().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(k, 0, keyBytes, keyStarts[i], k.length);
            keyStarts[i + 1] = keyStarts[i] + k.length;
            for (int j = 0; j < e.getValue().size(); j++) {
                postings[postingStarts[i] + j] = e.getValue().get(j);
            }
            postingStarts[i + 1] = postingStarts[i] + e.getValue().size();
            i++;
        }
        return new KeyTable(keyBytes, keyStarts, postingStarts, postings);
    }

    /**
     * @param key a key made by {@link NameKeys}
     * @return the entry numbers stored under the key, empty when none
     */
    public int[] get(String key) {
        int lo = 0;
        int hi = keyStarts.length - 2;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, key);
            if (c == 0) {
                return Arrays.copyOfRange(postings, postingStarts[mid], postingStarts[mid + 1]);
            } else if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return NONE;
    }

    /** @return how many keys the table holds */
    public int size() {
        return keyStarts.length - 1;
    }

    private int compare(int index, String key) {
        int start = keyStarts[index];
        int len = keyStarts[index + 1] - start;
        int n = Math.min(len, key.length());
        for (int i = 0; i < n; i++) {
            int d = (keyBytes[start + i] & 0xff) - key.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return len - key.length();
    }

    void write(DataOutputStream out) throws IOException {
        writeInts(out, keyStarts);
        out.writeInt(keyBytes.length);
        out.write(keyBytes);
        writeInts(out, postingStarts);
        writeInts(out, postings);
    }

    static KeyTable read(DataInputStream in) throws IOException {
        int[] keyStarts = readInts(in);
        byte[] keyBytes = new byte[in.readInt()];
        in.readFully(keyBytes);
        int[] postingStarts = readInts(in);
        int[] postings = readInts(in);
        return new KeyTable(keyBytes, keyStarts, postingStarts, postings);
    }

    static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }
}
