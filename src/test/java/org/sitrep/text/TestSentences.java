package org.sitrep.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test sentences for tests that fake an annotated document without loading the models. {@link #of} gives
 * one sentence with the document's tokens: CoreNLP's tokenizer with the options of the pipeline's shallow
 * layer, without tagging (tags are {@code X}, lemmas the lower-cased word), so that tests of shallow readers need
 * no models.
 */
public final class TestSentences {
    private static final String OPTIONS = "untokenizable=noneDelete,invertible=true";

    private TestSentences() {
    }

    /**
     * @param text one sentence
     * @return it as the only sentence of a document whose cleaned text is {@code text}
     */
    public static Sentence of(String text) {
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(),
                OPTIONS);
        List<Token> tokens = new ArrayList<>();
        while (tokenizer.hasNext()) {
            CoreLabel l = tokenizer.next();
            tokens.add(new Token(tokens.size(), l.word(), l.word().toLowerCase(Locale.ROOT), "X", "O",
                    l.beginPosition(), l.endPosition()));
        }
        return new Sentence(0, 0, text.length(), tokens, List.of(), false);
    }

    /**
     * The sentences CoreNLP would find in a plain test text, without tokens: a sentence ends at a full stop,
     * question or exclamation mark followed by white space or the end of the text.
     *
     * @param text a test text of plain sentences
     * @return its sentences, without the white space between them
     */
    public static List<Sentence> split(String text) {
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
