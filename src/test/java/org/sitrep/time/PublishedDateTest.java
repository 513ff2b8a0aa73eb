package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDateTest {
    private static final LocalDate DAY = LocalDate.of(2020, 12, 21);

    @Test
    void readsAnIsoDate() {
        assertEquals(DAY, DateResolver.parsePublished("2020-12-21"), "plain ISO date");
    }

    @Test
    void readsAnIsoDateTimeInUtc() {
        assertEquals(DAY, DateResolver.parsePublished("2020-12-21T08:15:00Z"), "date-time with Z");
    }

    @Test
    void keepsTheWrittenDayOfADateTimeWithAnOffset() {
        assertEquals(DAY, DateResolver.parsePublished("2020-12-21T23:30:00-05:00"),
                "the day as written, not shifted to UTC");
    }

    @Test
    void readsALocalDateTime() {
        assertEquals(DAY, DateResolver.parsePublished("2020-12-21T08:15"), "date-time without zone");
    }

    @Test
    void reportsExactErrorForUnknownPublishedFormat() {
        DateFormatException e = assertThrows(DateFormatException.class,
                () -> DateResolver.parsePublished("21/12/2020"));
        assertEquals("unknown date format '21/12/2020': use YYYY-MM-DD or an ISO 8601 date-time", e.getMessage());
        assertEquals("21/12/2020", e.input(), "the exception keeps the bad input");
    }

    @Test
    void reportsExactErrorForAnImpossibleDay() {
        DateFormatException e = assertThrows(DateFormatException.class,
                () -> DateResolver.parsePublished("2020-02-30"));
        assertEquals("unknown date format '2020-02-30': use YYYY-MM-DD or an ISO 8601 date-time", e.getMessage());
    }

    @Test
    void reportsExactErrorForAMissingDate() {
        DateFormatException e = assertThrows(DateFormatException.class, () -> DateResolver.parsePublished(null));
        assertEquals("unknown date format 'null': use YYYY-MM-DD or an ISO 8601 date-time", e.getMessage());
    }

    @Test
    void rejectsANegativeFutureSlack() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DateResolverConfig(TenseBias.PAST, -1));
        assertEquals("futureSlackDays must be 0 or more, got -1", e.getMessage());
    }
}
