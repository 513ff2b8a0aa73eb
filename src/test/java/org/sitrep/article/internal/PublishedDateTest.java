package org.sitrep.article.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedDateTest {
    private static final Optional<LocalDate> DAY = Optional.of(LocalDate.of(2020, 12, 21));

    @Test
    void readsAPlainDate() {
        assertEquals(DAY, PublishedDate.parse("2020-12-21"), "an ISO date");
    }

    @Test
    void readsAUtcDateTime() {
        assertEquals(DAY, PublishedDate.parse("2020-12-21T08:15:00Z"), "an ISO date-time in UTC");
    }

    @Test
    void readsADateTimeWithOffsetAsTheDayInThatOffset() {
        assertEquals(DAY, PublishedDate.parse("2020-12-21T23:45:00+03:00"), "the local day, not the UTC one");
    }

    @Test
    void readsALocalDateTimeAndAZonedOne() {
        assertEquals(DAY, PublishedDate.parse("2020-12-21T08:15"), "a date-time without offset");
        assertEquals(DAY, PublishedDate.parse("2020-12-21T08:15:00+01:00[Europe/Paris]"), "a zoned date-time");
    }

    @Test
    void rejectsOtherForms() {
        assertEquals(Optional.empty(), PublishedDate.parse("21/12/2020"), "day/month/year is not accepted");
        assertEquals(Optional.empty(), PublishedDate.parse("yesterday"), "words are not accepted");
    }
}
