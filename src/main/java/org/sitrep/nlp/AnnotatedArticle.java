package org.sitrep.nlp;

import java.util.List;
import java.util.Objects;
import org.sitrep.article.Article;
import org.sitrep.text.Document;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;

/**
 * An article with its annotated document: the article's metadata (id, publication day, URL) beside the one
 * {@link Document} every reader works on.
 *
 * @param article  the cleaned article
 * @param document its text, offset map and annotated sentences
 */
public record AnnotatedArticle(Article article, Document document) {
    /** @throws NullPointerException if a part is null, or the document is not of the article's text */
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(document, "document");
        if (!document.text().equals(article.text())) {
            throw new IllegalArgumentException("the document of article '" + article.id() + "' is of another text");
        }
    }

    /**
     * @param article   the cleaned article
     * @param sentences its annotated sentences, in order
     */
    public AnnotatedArticle(Article article, List<Sentence> sentences) {
        this(article, new Document(article.text(), article.offsets(), sentences));
    }

    /** @return the sentences, in order */
    public List<Sentence> sentences() {
        return document.sentences();
    }

    /** @return the cleaned text all offsets point into */
    public String text() {
        return document.text();
    }

    /**
     * The runs of tokens NER tagged as locations, for the geocoder's hints.
     *
     * @return character spans in {@link #text()}, in text order
     */
    public List<Span> locationSpans() {
        return document.locationSpans();
    }
}
