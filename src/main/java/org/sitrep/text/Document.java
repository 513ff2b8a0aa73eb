package org.sitrep.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An annotated text: the cleaned text, its map back to the text as read, and its sentences with their
 * tokens (and, for the sentences that got them, entity tags and a dependency parse). Made once per article
 * by the annotator; every reader reads it, none splits or tokenises the text again.
 *
 * @param text      the cleaned text every offset points into
 * @param offsets   map from offsets in {@code text} to offsets in the text as read
 * @param sentences the sentences, in order, with their index equal to their position
 */
public record Document(String text, OffsetMap offsets, List<Sentence> sentences) {
    /** @throws NullPointerException if a part is null */
    public Document {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        sentences = List.copyOf(sentences);
    }

    /**
     * @param offset a character offset in {@link #text()}
     * @return the sentence that holds it, or the one that starts next when it falls between sentences; empty
     *         past the last sentence
     */
    public Optional<Sentence> sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset >= s.end()) {
                lo = mid + 1;
            } else if (mid > 0 && offset < sentences.get(mid - 1).end()) {
                hi = mid - 1;
            } else {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The runs of tokens NER tagged as locations. Sentences NER did not tag contribute nothing.
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
