package org.sitrep.eval;

import java.util.List;
import java.util.Objects;
import org.sitrep.article.Article;
import org.sitrep.text.OffsetMap;
import org.sitrep.text.Span;

/**
 * A document of a geoparsing gold set ({@code ../shared/geo/*.jsonl}): a text with its toponyms.
 *
 * @param id        unique id
 * @param published publication day as written (YYYY-MM-DD), or null
 * @param url       the article's address, or null
 * @param text      the text the spans point into
 * @param toponyms  the gold toponyms, in the file's order
 */
public record GeoDocument(String id, String published, String url, String text, List<GeoToponym> toponyms) {
    /** @throws NullPointerException if id or text is null */
    public GeoDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        toponyms = List.copyOf(toponyms);
    }

    /** @return the toponyms' spans, in the file's order, for a geocoder that resolves given spans */
    public List<Span> spans() {
        return toponyms.stream().map(t -> new Span(t.start(), t.end())).toList();
    }

    /**
     * @return the document as an article to read: its text as is (the spans point into it), its address, no
     *         publication day
     */
    public Article article() {
        return new Article(id, null, null, text, url, null, OffsetMap.identity(text.length()), List.of());
    }
}
