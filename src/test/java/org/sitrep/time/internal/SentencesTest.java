package org.sitrep.time.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.lang.Language;

class SentencesTest {
    private static final String TEXT = "Mr. Ali spoke on Jan. 3 in Kabul. \"We will fight,\" he said.\nNext line";
    private static final Sentences SENTENCES = new Sentences(Language.english());

    private static String sentenceAt(String word) {
        int[] bounds = SENTENCES.around(TEXT, TEXT.indexOf(word));
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
