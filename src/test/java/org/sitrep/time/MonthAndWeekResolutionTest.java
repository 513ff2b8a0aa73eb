package org.sitrep.time;

import static org.sitrep.time.Mentions.MONDAY_21_DECEMBER_2020;
import static org.sitrep.time.Mentions.assertMention;
import static org.sitrep.time.Mentions.assertNoDate;
import static org.sitrep.time.Mentions.nearestBiasResolver;
import static org.sitrep.time.Mentions.onlyMention;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MonthAndWeekResolutionTest {
    private final DateResolver resolver = Mentions.englishResolver();

    private void assertPeriod(String text, String expression, LocalDate published, LocalDate expected,
                              TimePrecision precision) {
        assertMention(onlyMention(resolver, text, published), text, expression, expected, precision, true);
    }

    @Test
    void monthOnlyHasMonthPrecision() {
        assertPeriod("In October, the army retook the town.", "October", MONDAY_21_DECEMBER_2020,
                LocalDate.of(2020, 10, 15), TimePrecision.MONTH);
    }

    @Test
    void resolvesInDecemberToThePublicationMonth() {
        assertPeriod("Strikes rose in December.", "December", MONDAY_21_DECEMBER_2020,
                LocalDate.of(2020, 12, 15), TimePrecision.MONTH);
    }

    @Test
    void resolvesLastDecemberToTheYearBefore() {
        assertPeriod("The ceasefire of last December collapsed.", "last December", MONDAY_21_DECEMBER_2020,
                LocalDate.of(2019, 12, 15), TimePrecision.MONTH);
    }

    @Test
    void resolvesInJanuaryToTheComingJanuaryUnderTheNearestBias() {
        String text = "Elections are due in January.";
        assertMention(onlyMention(nearestBiasResolver(), text, MONDAY_21_DECEMBER_2020), text, "January",
                LocalDate.of(2021, 1, 15), TimePrecision.MONTH, true);
    }

    @Test
    void includesMidInTheSpanOfMidOctober() {
        assertPeriod("The siege ended in mid-October.", "mid-October", MONDAY_21_DECEMBER_2020,
                LocalDate.of(2020, 10, 15), TimePrecision.MONTH);
    }

    @Test
    void resolvesMonthAndYearWithoutThePublicationDay() {
        String text = "The base was first shelled in March 2019.";
        assertMention(onlyMention(resolver, text, null), text, "March 2019", LocalDate.of(2019, 3, 15),
                TimePrecision.MONTH, false);
    }

    @Test
    void resolvesLastMonthToTheMonthBefore() {
        assertPeriod("Militants seized the dam last month.", "last month", MONDAY_21_DECEMBER_2020,
                LocalDate.of(2020, 11, 15), TimePrecision.MONTH);
    }

    @Test
    void resolvesEarlierThisMonthToThePublicationMonth() {
        assertPeriod("Clashes broke out earlier this month.", "earlier this month", MONDAY_21_DECEMBER_2020,
                LocalDate.of(2020, 12, 15), TimePrecision.MONTH);
    }

    @Test
    void neverDatesThisMonthAfterThePublicationDay() {
        assertPeriod("Clashes broke out earlier this month.", "earlier this month", LocalDate.of(2020, 12, 3),
                LocalDate.of(2020, 12, 3), TimePrecision.MONTH);
    }

    @Test
    void datesLastWeekByItsThursday() {
        assertPeriod("Rebels shelled the port last week.", "last week", MONDAY_21_DECEMBER_2020,
                LocalDate.of(2020, 12, 17), TimePrecision.WEEK);
    }

    @Test
    void datesEarlierThisWeekNoLaterThanPublication() {
        assertPeriod("Rebels shelled the port earlier this week.", "earlier this week", MONDAY_21_DECEMBER_2020,
                LocalDate.of(2020, 12, 21), TimePrecision.WEEK);
    }

    @Test
    void datesThisWeekByItsThursdayOnceItHasPassed() {
        assertPeriod("Rebels shelled the port this week.", "this week", LocalDate.of(2020, 12, 26),
                LocalDate.of(2020, 12, 24), TimePrecision.WEEK);
    }

    @Test
    void doesNotReadTheModalMayAsAMonth() {
        assertNoDate(resolver, "Protesters may march on the capital.",
                "'may' and 'march' are a modal and a verb");
    }

    @Test
    void doesNotReadMayorAsMay() {
        assertNoDate(resolver, "The Mayor of Mosul resigned.",
                "'Mayor' is not the month May");
    }

    @Test
    void doesNotReadASurnameMayAsAMonth() {
        assertNoDate(resolver, "Theresa May condemned the attack.",
                "a month name with no preposition or modifier in front is not a date");
    }

    @Test
    void doesNotReadACapitalisedVerbMarchAsAMonth() {
        assertNoDate(resolver, "March on, the crowd chanted.",
                "'March on' opening a sentence is the verb");
    }

    @Test
    void skipsYearsAlone() {
        assertNoDate(resolver, "The group was founded in 2019.",
                "a year alone fixes no day, week or month");
    }
}
