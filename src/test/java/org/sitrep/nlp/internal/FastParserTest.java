package org.sitrep.nlp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The fast scoring step must give CoreNLP's own parses: every typed dependency of every sentence of a
 * fixture article (long sentences, quotes, numbers, hyphenated words) is compared.
 */
class FastParserTest {

    @Test
    void parsesExactlyAsCoreNlpDoes() throws IOException {
        String text;
        try (InputStream in = FastParserTest.class.getResourceAsStream("/extract/green-zone-rockets.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text += "\nThe al-Shabaab militant group, which is linked to al-Qaeda, said it carried out the attack and"
                + " claimed the ministry was a centre for spreading anti-Islamic teaching.\n";
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        Annotation doc = new Annotation(text);
        new StanfordCoreNLP(p).annotate(doc);
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
        FastParser fast = new FastParser(coreNlp);
        int sentences = 0;
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            GrammaticalStructure expected = coreNlp.predict(sentence);
            GrammaticalStructure actual = fast.predict(sentence);
            assertEquals(expected.typedDependencies().toString(), actual.typedDependencies().toString(),
                    "parses differ on: " + sentence);
            sentences++;
        }
        // Headline and first paragraph run together (no newline splitting here): 1 + 2 + 1 + 1 + 1 + 1 + 1.
        assertEquals(8, sentences, "the fixture's sentence count");
    }
}
