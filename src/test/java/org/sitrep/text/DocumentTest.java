package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
    private static final String TEXT = "Rockets hit Baghdad.  Two were hurt in Basra. ";

    private static Sentence sentence(int index, int start, int end, Token... tokens) {
        return new Sentence(index, start, end, List.of(tokens), List.of(), true);
    }

    private static final Document DOC = new Document(TEXT, OffsetMap.identity(TEXT.length()), List.of(
            sentence(0, 0, 20,
                    new Token(0, "Rockets", "rocket", "NNS", "O", 0, 7),
                    new Token(1, "hit", "hit", "VBD", "O", 8, 11),
                    new Token(2, "Baghdad", "baghdad", "NNP", "LOCATION", 12, 19),
                    new Token(3, ".", ".", ".", "O", 19, 20)),
            sentence(1, 22, 45,
                    new Token(0, "Two", "two", "CD", "O", 22, 25),
                    new Token(1, "Basra", "basra", "NNP", "LOCATION", 39, 44))));

    @Test
    void anOffsetInsideASentenceFindsThatSentence() {
        assertEquals(0, DOC.sentenceAt(12).orElseThrow().index());
        assertEquals(1, DOC.sentenceAt(44).orElseThrow().index());
    }

    @Test
    void anOffsetBetweenSentencesFindsTheNextOne() {
        assertEquals(1, DOC.sentenceAt(21).orElseThrow().index());
    }

    @Test
    void anOffsetPastTheLastSentenceFindsNone() {
        assertTrue(DOC.sentenceAt(46).isEmpty());
    }

    @Test
    void locationRunsAreTheTokensTaggedLocation() {
        assertEquals(List.of(new Span(12, 19), new Span(39, 44)), DOC.locationSpans());
    }
}
