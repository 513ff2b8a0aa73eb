package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.time.Mentions.MONDAY_21_DECEMBER_2020;
import static org.sitrep.time.Mentions.assertMention;
import static org.sitrep.time.Mentions.assertNoDate;
import static org.sitrep.time.Mentions.nearestBiasResolver;
import static org.sitrep.time.Mentions.onlyMention;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekdayResolutionTest {
    private final DateResolver resolver = Mentions.englishResolver();

    private void assertDay(String text, String expression, LocalDate expected) {
        assertMention(onlyMention(resolver, text, MONDAY_21_DECEMBER_2020), text, expression, expected,
                TimePrecision.DAY, true);
    }

    @Test
    void resolvesSundayNightToThePastSunday() {
        assertDay("Gunmen attacked a checkpoint on Sunday night.", "Sunday night", LocalDate.of(2020, 12, 20));
    }

    @Test
    void resolvesOnSundayToTheDayBeforeAMondayArticle() {
        assertDay("Two soldiers were killed on Sunday in Kirkuk.", "Sunday", LocalDate.of(2020, 12, 20));
    }

    @Test
    void leavesThePossessiveOutOfTheSpan() {
        assertDay("Sunday's attack killed two.", "Sunday", LocalDate.of(2020, 12, 20));
    }

    @Test
    void resolvesLateSaturdayToTheSaturdayBefore() {
        assertDay("The convoy was ambushed late Saturday.", "late Saturday", LocalDate.of(2020, 12, 19));
    }

    @Test
    void resolvesTheWeekdayOfPublicationToThePublicationDay() {
        assertDay("Protesters gathered on Monday.", "Monday", LocalDate.of(2020, 12, 21));
    }

    @Test
    void resolvesMondayEveningToThePublicationDay() {
        assertDay("A rocket hit the base on Monday evening.", "Monday evening", LocalDate.of(2020, 12, 21));
    }

    @Test
    void resolvesTuesdayToTheTuesdayOfThePreviousWeek() {
        assertDay("The strike happened on Tuesday.", "Tuesday", LocalDate.of(2020, 12, 15));
    }

    @Test
    void resolvesLastMondayToTheWeekBeforeOnAMondayArticle() {
        assertDay("The talks ended last Monday.", "last Monday", LocalDate.of(2020, 12, 14));
    }

    @Test
    void resolvesWednesdayForwardUnderTheNearestBias() {
        DateResolver nearest = nearestBiasResolver();
        String text = "The vote is set for Wednesday.";
        assertMention(onlyMention(nearest, text, MONDAY_21_DECEMBER_2020), text, "Wednesday",
                LocalDate.of(2020, 12, 23), TimePrecision.DAY, true);
    }

    @Test
    void resolvesNextFridayForwardEvenUnderThePastBias() {
        assertDay("They will meet next Friday.", "next Friday", LocalDate.of(2020, 12, 25));
    }

    @Test
    void doesNotReadTheSundayTimesAsAWeekday() {
        assertNoDate(resolver, "The Sunday Times reported the raid.",
                "'Sunday Times' is a newspaper, not a date");
    }

    @Test
    void doesNotReadBloodySundayAsAWeekday() {
        assertNoDate(resolver, "Marchers remembered Bloody Sunday.",
                "'Bloody Sunday' is a named day of 1972, not last Sunday");
    }

    @Test
    void doesNotReadPluralWeekdaysAsADate() {
        assertNoDate(resolver, "Markets close on Sundays.",
                "'Sundays' is a habit, not a date");
    }

    @Test
    void readsAWeekdayBeforeAFullDateAsPartOfThatDate() {
        String text = "On Sunday, December 20, 2020, the militia withdrew.";
        assertMention(onlyMention(resolver, text, MONDAY_21_DECEMBER_2020), text, "Sunday, December 20, 2020",
                LocalDate.of(2020, 12, 20), TimePrecision.DAY, false);
    }

    @Test
    void givesNoWeekdayWithoutAPublicationDate() {
        assertEquals(0, resolver.find("Gunmen attacked on Sunday.", null).size(),
                "a weekday needs a publication day");
    }
}
