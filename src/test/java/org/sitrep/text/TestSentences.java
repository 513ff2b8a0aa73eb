package org.sitrep.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences CoreNLP would find in a plain test text, for tests that fake an annotated document without
 * loading the models: a sentence ends at a full stop, question or exclamation mark followed by white space or the
 * end of the text. The sentences have no tokens.
 */
public final class TestSentences {
    private TestSentences() {
    }

    /**
     * @param text a test text of plain sentences
     * @return its sentences, without the white space between them
     */
    public static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ends = (c == '.' || c == '!' || c == '?')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (ends || i + 1 == text.length()) {
                while (start <= i && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                if (start <= i) {
                    sentences.add(new Sentence(sentences.size(), start, i + 1, List.of(), List.of(), false));
                }
                start = i + 1;
            }
        }
        return sentences;
    }
}
