package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.TestSitrep;

/**
 * A short rocket-attack report written for this test (published Monday 2020-12-21): three events, and no
 * event for the aggregate ("dozens ... since 2019") or the threat ("would respond").
 */
class GreenZoneGoldenTest {
    private static List<Event> events;

    @BeforeAll
    static void extract() throws IOException {
        try (InputStream in = GreenZoneGoldenTest.class.getResourceAsStream("/extract/green-zone-rockets.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            events = TestSitrep.extract(text, LocalDate.of(2020, 12, 21));
        }
    }

    private static Event on(String date) {
        return events.stream().filter(e -> LocalDate.parse(date).equals(e.eventDate())).findFirst()
                .orElseThrow(() -> new AssertionError("no event on " + date + " among " + describe()));
    }

    private static String describe() {
        return events.stream().map(e -> e.eventDate() + " " + e.subEventType()).collect(Collectors.joining("; "));
    }

    @Test
    void findsExactlyThreeEvents() {
        assertEquals(3, events.size(), "events: " + describe());
    }

    @Test
    void datesSundayNightToThePastSunday() {
        Event e = on("2020-12-20");
        assertEquals(1, e.timePrecision());
        assertEquals("Shelling/artillery/missile attack", e.subEventType());
    }

    @Test
    void placesTheMainAttackInTheGreenZone() {
        Event e = on("2020-12-20");
        assertEquals("Iraq", e.country());
        assertNotNull(e.location(), "location");
        assertTrue(e.location().contains("Green Zone"), "location was " + e.location());
        assertEquals(1, e.geoPrecision());
    }

    @Test
    void countsTheWoundedSoldierAndTheWeapon() {
        Event e = on("2020-12-20");
        assertEquals(1, e.injuries(), "injuries");
        assertEquals("rocket", e.weapon());
    }

    @Test
    void keepsTheBlameApartFromAClaim() {
        Event e = on("2020-12-20");
        assertNotNull(e.blamedOn(), "blamed_on");
        assertTrue(e.blamedOn().toLowerCase().contains("outlaw group"), "blamed_on was " + e.blamedOn());
        assertEquals(null, e.claimedBy(), "a denied claim is no claim");
    }

    @Test
    void reportsTheEarlierAttackWithItsOwnDateAndToll() {
        Event e = on("2020-11-17");
        assertEquals("Shelling/artillery/missile attack", e.subEventType());
        assertEquals(1, e.fatalities(), "a girl was killed");
    }

    @Test
    void datesTheTruceByMonth() {
        Event e = on("2020-10-15");
        assertEquals("Agreement", e.subEventType());
        assertEquals(3, e.timePrecision());
    }

    @Test
    void everyFilledFieldHasEvidenceInsideTheText() {
        for (Event e : events) {
            for (var entry : e.evidence().spans().entrySet()) {
                assertTrue(entry.getValue().end() > entry.getValue().start(), e.eventId() + " " + entry.getKey());
            }
            assertEquals("test", e.evidence().articleId());
        }
    }
}
