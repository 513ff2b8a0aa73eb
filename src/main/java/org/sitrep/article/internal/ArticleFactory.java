package org.sitrep.article.internal;

import java.util.Optional;
import org.sitrep.article.Article;
import org.sitrep.article.ArticleCleaner;
import org.sitrep.article.CleanedText;
import org.sitrep.article.ContentType;
import org.sitrep.article.ExtractedHtml;
import org.sitrep.article.HtmlExtractor;

/**
 * Turns raw articles into cleaned {@link Article}s. For HTML the offsets of the article lead back into the
 * text extracted from the page, not into the markup. Immutable and thread-safe.
 */
public final class ArticleFactory {
    private final ArticleCleaner cleaner;
    private final HtmlExtractor extractor = new HtmlExtractor();

    /** @param cleaner the cleaner to use */
    public ArticleFactory(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /**
     * @param raw the article as read
     * @return the cleaned article, or empty when no text is left once boilerplate is removed
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
