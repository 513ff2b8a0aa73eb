package org.sitrep.article.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollIntervalTest {
    private static String notAnInterval(String text) {
        return "--every '" + text + "' is not an interval: write a whole number and a unit, e.g. 30s, 5m or 1h";
    }

    private static String outOfRange(String text) {
        return "--every '" + text + "' is out of range: poll at most every 10s and at least every 168h (one week)";
    }

    private static String failure(String text) {
        return assertThrows(IllegalArgumentException.class, () -> PollInterval.parse(text)).getMessage();
    }

    @Test
    void readsSecondsMinutesAndHours() {
        assertEquals(Duration.ofSeconds(30), PollInterval.parse("30s"), "30s");
        assertEquals(Duration.ofMinutes(5), PollInterval.parse("5m"), "5m");
        assertEquals(Duration.ofHours(1), PollInterval.parse(" 1h "), "1h with spaces around");
    }

    @Test
    void asksForAUnitWhenThereIsNone() {
        assertEquals("--every '5' has no unit: add s, m or h, e.g. 5m", failure("5"), "a bare number");
    }

    @Test
    void namesAnUnknownUnit() {
        assertEquals("--every '2d' has unknown unit 'd': use s (seconds), m (minutes) or h (hours)", failure("2d"),
                "days are not a unit");
    }

    @Test
    void refusesTextThatIsNoInterval() {
        assertEquals(notAnInterval("soon"), failure("soon"), "no number");
        assertEquals(notAnInterval("-5m"), failure("-5m"), "negative");
        assertEquals(notAnInterval("1.5h"), failure("1.5h"), "a fraction");
    }

    @Test
    void refusesIntervalsTooShortOrTooLong() {
        assertEquals(outOfRange("5s"), failure("5s"), "five seconds is too often");
        assertEquals(outOfRange("0m"), failure("0m"), "zero");
        assertEquals(outOfRange("169h"), failure("169h"), "over a week");
    }
}
