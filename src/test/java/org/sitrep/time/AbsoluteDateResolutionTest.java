package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.time.Mentions.MONDAY_21_DECEMBER_2020;
import static org.sitrep.time.Mentions.assertMention;
import static org.sitrep.time.Mentions.assertNoDate;
import static org.sitrep.time.Mentions.onlyMention;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbsoluteDateResolutionTest {
    private static final LocalDate SPRING_DAY = LocalDate.of(2020, 3, 21);

    private final DateResolver resolver = Mentions.englishResolver();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "The report is dated 2020-03-21 in the archive.|2020-03-21",
        "Fighting broke out on 21 March 2020 near Idlib.|21 March 2020",
        "Fighting broke out on March 21, 2020 near Idlib.|March 21, 2020",
        "Fighting broke out on 21/03/2020 near Idlib.|21/03/2020",
        "Fighting broke out on 03/21/2020 near Idlib.|03/21/2020"})
    void readsFullDatesWithoutThePublicationDay(String text, String expression) {
        assertMention(onlyMention(resolver, text, null), text, expression, SPRING_DAY, TimePrecision.DAY, false);
    }

    @Test
    void readsAFullDateAfterAsReportedOn() {
        String text = "As reported on 21 March 2020, the base was hit.";
        DateMention mention = onlyMention(resolver, text, MONDAY_21_DECEMBER_2020);
        assertEquals(15, mention.start(), "the date starts after 'As reported on '");
        assertEquals(28, mention.end(), "the date ends after the year");
        assertMention(mention, text, "21 March 2020", SPRING_DAY, TimePrecision.DAY, false);
    }

    @Test
    void skipsANumericDateWhoseDayAndMonthCouldBeSwapped() {
        assertNoDate(resolver, "Signed on 03/04/2020.",
                "03/04/2020 may be 3 April or 4 March");
    }

    @Test
    void readsANumericDateWhoseDayAndMonthAreEqual() {
        String text = "Signed on 04/04/2020.";
        assertMention(onlyMention(resolver, text, null), text, "04/04/2020", LocalDate.of(2020, 4, 4),
                TimePrecision.DAY, false);
    }

    @Test
    void noPublicationDateGivesOnlyAbsoluteDates() {
        String text = "On 21 March 2020 the town fell; on Sunday it was retaken, and in October it fell again.";
        List<DateMention> found = resolver.find(text, null);
        assertEquals(1, found.size(), "only the date with a year can be resolved, found " + found);
        assertMention(found.get(0), text, "21 March 2020", SPRING_DAY, TimePrecision.DAY, false);
    }

    @Test
    void findsEveryDateOfATextInOrderWithExactOffsets() {
        String text = "On Sunday, rebels shelled Kirkuk; yesterday they withdrew, as they had on 3 January.";
        List<DateMention> found = resolver.find(text, MONDAY_21_DECEMBER_2020);
        assertEquals(3, found.size(), "three dates expected, found " + found);
        assertMention(found.get(0), text, "Sunday", LocalDate.of(2020, 12, 20), TimePrecision.DAY, true);
        assertMention(found.get(1), text, "yesterday", LocalDate.of(2020, 12, 20), TimePrecision.DAY, true);
        assertMention(found.get(2), text, "3 January", LocalDate.of(2020, 1, 3), TimePrecision.DAY, true);
        assertEquals(3, found.get(0).start(), "'Sunday' starts after 'On '");
    }
}
