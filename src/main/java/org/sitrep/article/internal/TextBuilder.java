package org.sitrep.article.internal;

import java.util.Arrays;
import org.sitrep.text.OffsetMap;

/**
 * Builds a cleaned text out of characters taken from a raw text, recording where each came from.
 * Not thread-safe; use one per cleaning.
 */
public final class TextBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] origins = new int[64];

    /**
     * @param c      a character of the raw text
     * @param origin its offset in the raw text
     */
    public void append(char c, int origin) {
        grow(1);
        origins[text.length()] = origin;
        text.append(c);
    }

    /**
     * @param chars   characters of the raw text
     * @param origins for each, its offset in the raw text
     */
    public void append(String chars, int[] origins) {
        grow(chars.length());
        System.arraycopy(origins, 0, this.origins, text.length(), chars.length());
        text.append(chars);
    }

    /** @return the text built so far */
    public String text() {
        return text.toString();
    }

    /** @return the map from the built text to the raw text; its end maps to just after the last origin */
    public OffsetMap offsets() {
        int length = text.length();
        int[] map = Arrays.copyOf(origins, length + 1);
        map[length] = length == 0 ? 0 : origins[length - 1] + 1;
        return OffsetMap.of(map);
    }

    private void grow(int extra) {
        if (text.length() + extra + 1 > origins.length) {
            origins = Arrays.copyOf(origins, Math.max(origins.length * 2, text.length() + extra + 1));
        }
    }
}
