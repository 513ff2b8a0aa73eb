package org.sitrep.text;

import java.util.Arrays;

/**
 * Maps character offsets in a cleaned text back to offsets in the text it was cleaned from.
 * Instances are immutable.
 */
public final class OffsetMap {
    private final int[] original;

    private OffsetMap(int[] original) {
        this.original = original;
    }

    /**
     * @param length length of a text that was not changed by cleaning
     * @return the map in which every offset maps to itself
     */
    public static OffsetMap identity(int length) {
        int[] map = new int[length + 1];
        for (int i = 0; i <= length; i++) {
            map[i] = i;
        }
        return new OffsetMap(map);
    }

    /**
     * @param originalOffsets for each cleaned offset 0..length (inclusive), the original offset; copied
     * @return the map
     */
    public static OffsetMap of(int[] originalOffsets) {
        return new OffsetMap(Arrays.copyOf(originalOffsets, originalOffsets.length));
    }

    /**
     * @param cleanedOffset an offset into the cleaned text, 0..length
     * @return the corresponding offset in the original text
     * @throws IndexOutOfBoundsException if the offset is outside the cleaned text
     */
    public int toOriginal(int cleanedOffset) {
        return original[cleanedOffset];
    }

    /**
     * Maps the exclusive end of a span. Unlike {@link #toOriginal(int)}, which gives where the next kept
     * character starts, this gives the offset just after the span's last character, so that a span never
     * stretches over text that cleaning removed after it.
     *
     * @param cleanedEnd exclusive end offset of a span in the cleaned text, 0..length
     * @return the exclusive end of the same span in the original text
     * @throws IndexOutOfBoundsException if the offset is outside the cleaned text
     */
    public int toOriginalEnd(int cleanedEnd) {
        return cleanedEnd == 0 ? original[0] : original[cleanedEnd - 1] + 1;
    }

    /** @return length of the cleaned text this map covers */
    public int length() {
        return original.length - 1;
    }
}
