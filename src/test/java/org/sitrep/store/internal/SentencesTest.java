package org.sitrep.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sitrep.text.Span;

class SentencesTest {
    private static final String TEXT = "Rain fell.  Two men died in Gao on Friday. Markets closed.";

    private static Span spanOf(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    @Test
    void cutsTheTrimmedSentenceAroundASpan() {
        assertEquals("Two men died in Gao on Friday.", Sentences.around(TEXT, spanOf("Gao")), "second sentence");
    }

    @Test
    void placesTheSpanInsideItsSentence() {
        assertEquals(new Span(16, 19), Sentences.within(TEXT, spanOf("Gao")),
                "'Gao' starts 16 characters into 'Two men died in Gao on Friday.'");
    }

    @Test
    void clipsASpanThatRunsPastTheSentence() {
        Span across = new Span(TEXT.indexOf("Friday"), TEXT.length());
        String sentence = Sentences.around(TEXT, across);
        Span inside = Sentences.within(TEXT, across);
        assertEquals("Friday. Markets closed.", sentence.substring(inside.start(), inside.end()),
                "a span over two sentences is kept whole inside the text cut for it");
    }

    @Test
    void hasNoPlaceForASpanBeyondTheText() {
        assertNull(Sentences.within(TEXT, new Span(0, TEXT.length() + 1)), "outside the text");
    }
}
