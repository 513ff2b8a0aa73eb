package org.sitrep.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test sentences with the document's tokens: CoreNLP's tokenizer with the options of the pipeline's shallow
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
}
