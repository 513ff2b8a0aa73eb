package org.sitrep.time.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentencesTest {
    private static final String TEXT = "Mr. Ali spoke on Jan. 3 in Kabul. \"We will fight,\" he said.\nNext line";

    private static String sentenceAt(String word) {
        int[] bounds = Sentences.around(TEXT, TEXT.indexOf(word));
        return TEXT.substring(bounds[0], bounds[1]);
    }

    @Test
    void doesNotEndASentenceAtATitleOrAMonthAbbreviation() {
        assertEquals("Mr. Ali spoke on Jan. 3 in Kabul.", sentenceAt("spoke"), "sentence around 'spoke'");
    }

    @Test
    void startsASentenceAtAnOpeningQuote() {
        assertEquals("\"We will fight,\" he said.", sentenceAt("fight"), "sentence around 'fight'");
    }

    @Test
    void endsASentenceAtALineBreak() {
        assertEquals("Next line", sentenceAt("line"), "sentence after the line break");
    }
}
