package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.time.Mentions.MONDAY_21_DECEMBER_2020;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResolveNearTest {
    private final DateResolver resolver = new DateResolver();

    private Optional<DateMention> near(String text, String trigger) {
        int start = text.indexOf(trigger);
        return resolver.resolveNear(text, start, start + trigger.length(), MONDAY_21_DECEMBER_2020);
    }

    private void assertDateOf(String text, String trigger, String expression, LocalDate expected) {
        DateMention mention = near(text, trigger).orElseThrow(
                () -> new AssertionError("no date found for '" + trigger + "' in '" + text + "'"));
        assertEquals(expression, text.substring(mention.start(), mention.end()), "date chosen for '" + trigger + "'");
        assertEquals(expected, mention.date(), "resolved day for '" + trigger + "'");
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
        assertTrue(near("Protesters gathered on Friday. The police dispersed them.", "dispersed").isEmpty(),
                "the date of another sentence must not be used");
    }

    @Test
    void doesNotEndTheSentenceAtAnAbbreviation() {
        assertDateOf("On Sunday, Gen. Ahmed's troops attacked the town.", "attacked", "Sunday",
                LocalDate.of(2020, 12, 20));
    }

    @Test
    void neverGivesAPeriodStartAsTheEventDate() {
        assertTrue(near("Since October, the group has killed 40 people.", "killed").isEmpty(),
                "a count since a date is not a dated event");
    }

    @Test
    void rejectsATriggerOutsideTheText() {
        assertThrows(IndexOutOfBoundsException.class,
                () -> resolver.resolveNear("On Sunday.", 5, 40, MONDAY_21_DECEMBER_2020));
    }
}
