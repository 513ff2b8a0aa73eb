package org.sitrep.nlp;

import java.util.List;
import java.util.Objects;
import org.sitrep.article.Article;

/**
 * An article with its sentences annotated.
 *
 * @param article   the cleaned article
 * @param sentences its sentences, in order
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    /** @throws NullPointerException if the article is null */
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }

    /** @return the cleaned text all offsets point into */
    public String text() {
        return article.text();
    }
}
