package org.sitrep.article.internal;

import java.util.List;

/** The warnings reading can attach to an article. */
public final class Warnings {
    private Warnings() {
    }

    /**
     * @param where   the input, quoted, e.g. {@code 'a.txt'} or {@code 'a.jsonl' line 3}
     * @param decoded the decoded text
     * @return a warning about replaced byte sequences, or no warning when there were none
     */
    public static List<String> utf8(String where, Utf8.Decoded decoded) {
        int n = decoded.malformed();
        if (n == 0) {
            return List.of();
        }
        return List.of(where + " is not valid UTF-8: " + n + " malformed byte sequence" + (n == 1 ? "" : "s")
                + " replaced with U+FFFD");
    }
}
