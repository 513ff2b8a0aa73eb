package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;
import org.sitrep.util.Json;

class EvidenceTest {
    private static final String TEXT = "Rain fell. Two men died in Gao on Friday. Markets closed.";
    private static final List<Sentence> SENTENCES = List.of(sentence(0, "Rain fell."),
            sentence(1, "Two men died in Gao on Friday."), sentence(2, "Markets closed."));

    private static Sentence sentence(int index, String words) {
        int start = TEXT.indexOf(words);
        return new Sentence(index, start, start + words.length(), List.of(), List.of(), false);
    }

    private static Span spanOf(String words) {
        int start = TEXT.indexOf(words);
        return new Span(start, start + words.length());
    }

    private static Evidence evidence(String field, Span span) {
        return new Evidence("a1", Map.of(field, span)).inSentences(SENTENCES);
    }

    @Test
    void givesASpanTheSentenceOfTheDocumentItLiesIn() {
        Evidence e = evidence("location", spanOf("Gao"));
        assertEquals("Two men died in Gao on Friday.", e.sentence("location", TEXT), "the second sentence");
        assertEquals(new Span(16, 19), e.withinSentence("location"),
                "'Gao' starts 16 characters into 'Two men died in Gao on Friday.'");
    }

    @Test
    void keepsASpanOverTwoSentencesWholeInsideTheirRun() {
        Evidence e = evidence("event_date", new Span(TEXT.indexOf("Friday"), TEXT.length()));
        String sentence = e.sentence("event_date", TEXT);
        Span inside = e.withinSentence("event_date");
        assertEquals("Friday. Markets closed.", sentence.substring(inside.start(), inside.end()),
                "a span over two sentences is kept whole inside the sentences cut for it");
    }

    @Test
    void hasNoSentenceForASpanOutsideEverySentence() {
        Evidence e = evidence("weapon", new Span(TEXT.length() + 5, TEXT.length() + 9));
        assertNull(e.sentenceOf("weapon"), "no sentence holds it");
        assertNull(e.sentence("weapon", TEXT), "so none is shown");
    }

    @Test
    void hasNoSentenceWhenNotReadFromADocument() {
        Evidence e = new Evidence("a1", Map.of("location", spanOf("Gao")));
        assertNull(e.sentence("location", TEXT), "hand-made evidence has no sentence bounds");
        assertNull(e.withinSentence("location"), "nor a place inside one");
    }

    @Test
    void keepsTheSentencesWhenCreditedToAnotherArticle() {
        Evidence e = evidence("location", spanOf("Gao")).forArticle("a1#0f3a");
        assertEquals("a1#0f3a", e.articleId(), "the new id");
        assertEquals("Two men died in Gao on Friday.", e.sentence("location", TEXT), "the same sentence");
    }

    @Test
    void writesTheEventFormatWithoutTheSentences() throws Exception {
        Map<String, Span> spans = new LinkedHashMap<>();
        spans.put("location", spanOf("Gao"));
        Evidence e = new Evidence("a1", spans).inSentences(SENTENCES);
        String expected = "{\"article_id\":\"a1\",\"location\":[27,30]}";
        assertEquals(expected, Json.mapper().writeValueAsString(e), "the sentence bounds stay out of the format");
        assertEquals(expected, EventJson.write(e), "also through the codec");
    }

    @Test
    void readsTheSentencesBackBesideTheEventFormat() {
        Evidence e = evidence("location", spanOf("Gao"));
        Evidence read = EventJson.withSentences(EventJson.evidence(EventJson.write(e)), EventJson.writeSentences(e));
        assertEquals(e, read, "spans and sentence bounds survive the round trip");
        assertEquals(EventJson.evidence(EventJson.write(e)), EventJson.withSentences(
                EventJson.evidence(EventJson.write(e)), null), "no sentences JSON leaves the evidence as it is");
    }
}
