package org.sitrep.time;

import static org.sitrep.time.Mentions.MONDAY_21_DECEMBER_2020;
import static org.sitrep.time.Mentions.assertMention;
import static org.sitrep.time.Mentions.assertNoDate;
import static org.sitrep.time.Mentions.onlyMention;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeDayResolutionTest {
    private final DateResolver resolver = Mentions.englishResolver();

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "A drone struck the camp yesterday.|yesterday|2020-12-20",
        "A drone struck the camp yesterday morning.|yesterday morning|2020-12-20",
        "A drone struck the camp today.|today|2020-12-21",
        "Crowds will gather tonight.|tonight|2020-12-21",
        "A drone struck the camp last night.|last night|2020-12-20",
        "A drone struck the camp overnight.|overnight|2020-12-20",
        "A drone struck the camp early this morning.|early this morning|2020-12-21",
        "A drone struck the camp two days ago.|two days ago|2020-12-19",
        "A drone struck the camp 3 days ago.|3 days ago|2020-12-18"})
    void resolvesDayWordsAgainstThePublicationDay(String text, String expression, LocalDate expected) {
        assertMention(onlyMention(resolver, text, MONDAY_21_DECEMBER_2020), text, expression, expected,
                TimePrecision.DAY, true);
    }

    @Test
    void resolvesAWeekAgoWithWeekPrecision() {
        String text = "The town fell a week ago.";
        assertMention(onlyMention(resolver, text, MONDAY_21_DECEMBER_2020), text, "a week ago",
                LocalDate.of(2020, 12, 14), TimePrecision.WEEK, true);
    }

    @Test
    void leavesDaysCountedFromAnotherEventAlone() {
        assertNoDate(resolver, "Three days earlier, the army withdrew.",
                "'three days earlier' counts from another event, not from publication");
    }

    @Test
    void doesNotReadUsaTodayAsToday() {
        assertNoDate(resolver, "USA Today reported the raid.",
                "'USA Today' is a newspaper");
    }
}
