package org.sitrep.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sitrep.text.OffsetMap;

/**
 * A cleaned news article, ready for annotation.
 *
 * @param id        stable id (for files: the file name without extension)
 * @param published publication day, against which relative dates are resolved; null when unknown
 * @param title     headline, or null
 * @param text      cleaned body text: boilerplate removed, sentence breaks mended
 * @param url       where it came from, or null
 * @param source    outlet name, or null
 * @param offsets   map from offsets in {@code text} to offsets in the text as read
 * @param warnings  what cleaning noticed about the input (never fatal), in order
 */
public record Article(String id, LocalDate published, String title, String text, String url, String source,
                      OffsetMap offsets, List<String> warnings) {
    /** @throws NullPointerException if id, text or offsets is null */
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        warnings = List.copyOf(warnings);
    }

    /**
     * An article whose text needs no cleaning.
     *
     * @param id        stable id
     * @param published publication day, or null
     * @param text      body text
     * @return the article, with an identity offset map and no warnings
     */
    public static Article of(String id, LocalDate published, String text) {
        return new Article(id, published, null, text, null, null, OffsetMap.identity(text.length()), List.of());
    }
}
