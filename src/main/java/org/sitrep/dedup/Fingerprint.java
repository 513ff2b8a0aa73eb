package org.sitrep.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The identity of an article text: a hash of its words for exact duplicates, and a MinHash signature over
 * three-word shingles for near-duplicates, cut into bands for locality-sensitive lookup. Case, punctuation and
 * spacing do not count.
 *
 * <p>With {@value #HASHES} hashes in {@value #BANDS} bands of {@value #ROWS}, two texts share a band with
 * probability 1 - (1 - J<sup>4</sup>)<sup>8</sup> for shingle overlap (Jaccard) J: 0.9998 for a light rewrite
 * (J = 0.9), 0.0008 for two different reports of one event (J = 0.1).
 *
 * @param contentHash SHA-256 of the words, lower-case, single-spaced, in hex
 * @param minHash     the MinHash signature, {@value #HASHES} values
 * @param words       how many words the text has
 */
public record Fingerprint(String contentHash, long[] minHash, int words) {
    /** Bands of the signature that are indexed. */
    public static final int BANDS = 8;
    /** Hashes per band. */
    public static final int ROWS = 4;
    /** Length of the signature. */
    public static final int HASHES = BANDS * ROWS;
    private static final int SHINGLE = 3;

    /**
     * @param text a cleaned article text
     * @return its fingerprint
     */
    public static Fingerprint of(String text) {
        List<String> words = words(text);
        return new Fingerprint(sha256(String.join(" ", words)), minHash(words), words.size());
    }

    /**
     * @param text a cleaned article text
     * @return the {@link #contentHash()} its fingerprint would have, without computing the signature
     */
    public static String contentHashOf(String text) {
        return sha256(String.join(" ", words(text)));
    }

    /**
     * @param i 0 .. {@value #BANDS} - 1
     * @return a hash of the i-th band of the signature; equal bands give equal keys
     */
    public long band(int i) {
        long h = i;
        for (int r = 0; r < ROWS; r++) {
            h = mix(h * 31 + minHash[i * ROWS + r]);
        }
        return h;
    }

    /**
     * @param other another signature
     * @return the estimated shingle overlap (Jaccard similarity) of the two texts, 0..1
     */
    public double similarity(long[] other) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            same += minHash[i] == other[i] ? 1 : 0;
        }
        return same / (double) HASHES;
    }

    /** @return the signature as bytes, for storage */
    public byte[] signatureBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(HASHES * Long.BYTES);
        buffer.asLongBuffer().put(minHash);
        return buffer.array();
    }

    /**
     * @param bytes a stored signature
     * @return the signature
     */
    public static long[] signature(byte[] bytes) {
        long[] values = new long[HASHES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(values);
        return values;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static long[] minHash(List<String> words) {
        long[] mins = new long[HASHES];
        Arrays.fill(mins, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long shingle = hash64(String.join(" ", words.subList(i, i + SHINGLE)));
            for (int k = 0; k < HASHES; k++) {
                // One strong mixer keyed by k stands in for HASHES independent hash functions.
                mins[k] = Math.min(mins[k], mix(shingle ^ (0x9e3779b97f4a7c15L * (k + 1))));
            }
        }
        return mins;
    }

    /** FNV-1a, then the SplitMix64 finaliser: FNV alone leaves the high bits poorly mixed for short keys. */
    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long x) {
        long h = x;
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ h >>> 31;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.contentHash.equals(contentHash) && Arrays.equals(f.minHash, minHash)
                && f.words == words;
    }

    @Override
    public int hashCode() {
        return contentHash.hashCode();
    }

    @Override
    public String toString() {
        return "Fingerprint[" + contentHash + ", " + words + " words]";
    }
}
