package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.time.Mentions.MONDAY_21_DECEMBER_2020;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;

class ResolveNearTest {
    private final EventDater dater = Mentions.englishResolver();

    /** A document of the given sentences, one blank apart, split where the annotator would split it. */
    private record Document(String text, List<Sentence> sentences) {
        static Document of(String... sentences) {
            StringBuilder text = new StringBuilder();
            List<Sentence> bounds = new ArrayList<>();
            for (String s : sentences) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                bounds.add(new Sentence(bounds.size(), text.length(), text.length() + s.length(), List.of(),
                        List.of(), false));
                text.append(s);
            }
            return new Document(text.toString(), bounds);
        }

        Sentence sentenceOf(Span span) {
            return sentences.stream().filter(s -> s.start() <= span.start() && span.end() <= s.end()).findFirst()
                    .orElseThrow();
        }

        Span span(String words) {
            int start = text.indexOf(words);
            return new Span(start, start + words.length());
        }
    }

    private Optional<DateMention> near(Document doc, String trigger) {
        Span span = doc.span(trigger);
        return dater.resolveNear(doc.text(), doc.sentenceOf(span), span, MONDAY_21_DECEMBER_2020);
    }

    private void assertDateOf(Document doc, String trigger, String expression, LocalDate expected) {
        DateMention mention = near(doc, trigger).orElseThrow(
                () -> new AssertionError("no date found for '" + trigger + "' in '" + doc.text() + "'"));
        assertEquals(expression, doc.text().substring(mention.start(), mention.end()),
                "date chosen for '" + trigger + "'");
        assertEquals(expected, mention.date(), "resolved day for '" + trigger + "'");
    }

    private void assertDateOf(String sentence, String trigger, String expression, LocalDate expected) {
        assertDateOf(Document.of(sentence), trigger, expression, expected);
    }

    @Test
    void prefersTheDateAttachedToTheTriggerOverTheNearestOne() {
        assertDateOf("Police said on Sunday that a car bomb exploded near the market in the north on Friday.",
                "exploded", "Friday", LocalDate.of(2020, 12, 18));
    }

    @Test
    void attachesADateOpeningTheSentenceToTheMainClause() {
        assertDateOf("On Sunday, gunmen attacked a convoy near the border.", "attacked", "Sunday",
                LocalDate.of(2020, 12, 20));
    }

    @Test
    void attachesADateRightBeforeTheTrigger() {
        assertDateOf("Saturday's explosion killed four, two days after talks broke down on Thursday.", "explosion",
                "Saturday", LocalDate.of(2020, 12, 19));
    }

    @Test
    void givesEachOfTwoEventsItsOwnDate() {
        assertDateOf("Gunmen attacked a checkpoint on Sunday, a day after a bomb exploded in the market on Saturday.",
                "exploded", "Saturday", LocalDate.of(2020, 12, 19));
    }

    @Test
    void fallsBackToTheNearestDateOfTheSentence() {
        assertDateOf("The attack, which wounded nine, was claimed on Tuesday by a local militia.", "attack",
                "Tuesday", LocalDate.of(2020, 12, 15));
    }

    @Test
    void looksOnlyInsideTheTriggersSentence() {
        assertTrue(near(Document.of("Protesters gathered on Friday.", "The police dispersed them."), "dispersed")
                .isEmpty(), "the date of another sentence must not be used");
    }

    @Test
    void readsTheDocumentsSentenceWhateverFullStopsItHolds() {
        assertDateOf("Five people were shot near NW 16th Street and NW Ave. L around 2:30 a.m. Sunday.", "shot",
                "Sunday", LocalDate.of(2020, 12, 20));
    }

    @Test
    void givesOffsetsIntoTheWholeText() {
        assertDateOf(Document.of("Talks resumed.", "On Sunday, gunmen attacked a convoy."), "attacked", "Sunday",
                LocalDate.of(2020, 12, 20));
    }

    @Test
    void neverGivesAPeriodStartAsTheEventDate() {
        assertTrue(near(Document.of("Since October, the group has killed 40 people."), "killed").isEmpty(),
                "a count since a date is not a dated event");
    }

    @Test
    void looksForAPeriodCueOnlyInsideTheSentence() {
        Document doc = Document.of("The programme below runs from", "Sunday night gunmen attacked a convoy.");
        assertDateOf(doc, "attacked", "Sunday night", LocalDate.of(2020, 12, 20));
        DateMention sunday = near(doc, "attacked").orElseThrow();
        assertFalse(dater.isPeriodStart(doc.text(), doc.sentenceOf(doc.span("attacked")), sunday),
                "a cue at the end of the sentence before starts no period in this one");
    }

    @Test
    void tellsAPeriodStartInsideASentence() {
        Document doc = Document.of("Talks failed.", "Since October, the group has killed 40 people.");
        Sentence second = doc.sentences().get(1);
        DateMention october = Mentions.englishResolver().find(doc.text(), MONDAY_21_DECEMBER_2020).get(0);
        assertTrue(dater.isPeriodStart(doc.text(), second, october), "'Since October' starts a period");
    }

    @Test
    void rejectsATriggerOutsideItsSentence() {
        Document doc = Document.of("On Sunday.", "Gunmen attacked.");
        assertThrows(IndexOutOfBoundsException.class, () -> dater.resolveNear(doc.text(), doc.sentences().get(0),
                doc.span("attacked"), MONDAY_21_DECEMBER_2020));
    }
}
