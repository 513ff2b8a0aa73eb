package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.article.Article;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;
import org.sitrep.text.Token;

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

    /**
     * The runs of tokens NER tagged as locations, for the geocoder's hints. Sentences NER did not tag
     * contribute nothing.
     *
     * @return character spans in {@link #text()}, in text order
     */
    public List<Span> locationSpans() {
        List<Span> spans = new ArrayList<>();
        for (Sentence s : sentences) {
            Span open = null;
            for (Token t : s.tokens()) {
                if (t.ner().equals("LOCATION")) {
                    open = open == null ? new Span(t.start(), t.end()) : new Span(open.start(), t.end());
                } else if (open != null) {
                    spans.add(open);
                    open = null;
                }
            }
            if (open != null) {
                spans.add(open);
            }
        }
        return spans;
    }
}
