package org.sitrep.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article as an input gives it, before cleaning: what a reader of files, JSON or web pages hands to
 * {@link ArticleFactory}.
 *
 * @param id        stable id
 * @param published publication day, or null
 * @param title     headline, or null
 * @param content   text or HTML as read
 * @param type      how {@code content} is written
 * @param url       where it came from, or null
 * @param source    outlet name, or null
 * @param warnings  what reading noticed so far
 */
public record RawArticle(String id, LocalDate published, String title, String content, ContentType type,
                         String url, String source, List<String> warnings) {
    /** @throws NullPointerException if id, content, type or warnings is null */
    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(type, "type");
        warnings = List.copyOf(warnings);
    }

    /**
     * @param id        stable id
     * @param published publication day, or null
     * @param content   text or HTML as read
     * @param type      how {@code content} is written
     * @param warnings  what reading noticed so far
     * @return an article with no headline, url or source
     */
    public static RawArticle of(String id, LocalDate published, String content, ContentType type,
                                List<String> warnings) {
        return new RawArticle(id, published, null, content, type, null, null, warnings);
    }

    /**
     * @param newTitle the headline
     * @return a copy with that headline
     */
    public RawArticle withTitle(String newTitle) {
        return new RawArticle(id, published, newTitle, content, type, url, source, warnings);
    }
}
