package org.sitrep.article;

import java.util.Objects;

/** What reading one input item gave: an article, or the reason there is none. */
public sealed interface ReadResult {
    /**
     * An article read and cleaned.
     *
     * @param article the article
     */
    record Ok(Article article) implements ReadResult {
        /** @throws NullPointerException if article is null */
        public Ok {
            Objects.requireNonNull(article, "article");
        }
    }

    /**
     * An input item that gave no article.
     *
     * @param input   the file, or file and line, as the user named it
     * @param message what went wrong and what to do, ready to show; it names the input
     */
    record Failed(String input, String message) implements ReadResult {
        /** @throws NullPointerException if input or message is null */
        public Failed {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(message, "message");
        }
    }
}
