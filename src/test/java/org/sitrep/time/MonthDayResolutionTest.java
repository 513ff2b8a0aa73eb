package org.sitrep.time;

import static org.sitrep.time.Mentions.MONDAY_21_DECEMBER_2020;
import static org.sitrep.time.Mentions.assertMention;
import static org.sitrep.time.Mentions.assertNoDate;
import static org.sitrep.time.Mentions.nearestBiasResolver;
import static org.sitrep.time.Mentions.onlyMention;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthDayResolutionTest {
    private final DateResolver resolver = Mentions.englishResolver();

    private void assertDay(String text, String expression, LocalDate published, LocalDate expected) {
        assertMention(onlyMention(resolver, text, published), text, expression, expected, TimePrecision.DAY, true);
    }

    @Test
    void resolvesJanuaryThirdToTheYearBeforeInADecemberArticle() {
        assertDay("The clashes began on January 3.", "January 3", MONDAY_21_DECEMBER_2020, LocalDate.of(2020, 1, 3));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Troops entered the town on 3 January.|3 January",
        "Troops entered the town on Jan. 3.|Jan. 3",
        "Troops entered the town on January 3rd.|January 3rd",
        "Troops entered the town on the 3rd of January.|3rd of January"})
    void readsEverySpellingOfJanuaryThird(String text, String expression) {
        assertDay(text, expression, MONDAY_21_DECEMBER_2020, LocalDate.of(2020, 1, 3));
    }

    @Test
    void resolvesNovemberSeventeenthToTheSameYear() {
        assertDay("The camp was raided on November 17.", "November 17", MONDAY_21_DECEMBER_2020,
                LocalDate.of(2020, 11, 17));
    }

    @Test
    void resolvesDecemberTenthToTheSameMonth() {
        assertDay("The camp was raided on December 10.", "December 10", MONDAY_21_DECEMBER_2020,
                LocalDate.of(2020, 12, 10));
    }

    @Test
    void keepsADateTwoDaysAfterPublicationInTheSameYear() {
        assertDay("Polls open on December 23.", "December 23", MONDAY_21_DECEMBER_2020, LocalDate.of(2020, 12, 23));
    }

    @Test
    void movesADateThreeDaysAfterPublicationToTheYearBefore() {
        assertDay("The raid of December 24 was the worst.", "December 24", MONDAY_21_DECEMBER_2020,
                LocalDate.of(2019, 12, 24));
    }

    @Test
    void resolvesJanuaryFirstToTheNextYearAtTheEndOfDecember() {
        assertDay("Fighting resumed on January 1.", "January 1", LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1));
    }

    @Test
    void resolvesJanuaryThirdToTheNextYearUnderTheNearestBias() {
        DateResolver nearest = nearestBiasResolver();
        String text = "Talks resume on January 3.";
        assertMention(onlyMention(nearest, text, MONDAY_21_DECEMBER_2020), text, "January 3",
                LocalDate.of(2021, 1, 3), TimePrecision.DAY, true);
    }

    @Test
    void skipsADayThatNoMonthHas() {
        assertNoDate(resolver, "It was signed on February 30.",
                "February 30 does not exist");
    }
}
