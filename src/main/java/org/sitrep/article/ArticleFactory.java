package org.sitrep.article;

import java.util.Objects;
import java.util.Optional;

/**
 * Turns raw articles, as any input gives them (a file, a JSON line, a downloaded page), into cleaned
 * {@link Article}s: the body of HTML is pulled out by {@link HtmlExtractor}, then boilerplate is removed by
 * {@link ArticleCleaner}. For HTML the offsets of the article lead back into the text extracted from the page,
 * not into the markup. Immutable and thread-safe.
 */
public final class ArticleFactory {
    private final ArticleCleaner cleaner;
    private final HtmlExtractor extractor;

    /**
     * @param cleaner   removes boilerplate from the text
     * @param extractor pulls headline and body out of HTML
     * @throws NullPointerException if an argument is null
     */
    public ArticleFactory(ArticleCleaner cleaner, HtmlExtractor extractor) {
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * @param raw the article as read
     * @return the cleaned article, or empty when no text is left once boilerplate is removed
     * @throws NullPointerException if raw is null
     */
    public Optional<Article> build(RawArticle raw) {
        String body = raw.content();
        String title = raw.title();
        if (raw.type() == ContentType.HTML) {
            ExtractedHtml page = extractor.extract(body);
            body = page.text();
            title = title != null ? title : page.title();
        }
        CleanedText cleaned = cleaner.clean(body, title);
        if (cleaned.text().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Article(raw.id(), raw.published(), title, cleaned.text(), raw.url(), raw.source(),
                cleaned.offsets(), raw.warnings()));
    }
}
