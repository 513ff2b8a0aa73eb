package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.TestSitrep;

/**
 * The shared sample report (published 2020-12-21) must yield exactly the five events the issue lists.
 * Skipped where {@code ../shared} is absent; {@link GreenZoneGoldenTest} always runs.
 */
class BaghdadSampleGoldenTest {
    private static List<Event> events;

    @BeforeAll
    static void extract() throws IOException {
        Optional<Path> shared = TestSitrep.shared();
        assumeTrue(shared.isPresent(), "../shared is absent");
        Path sample = shared.get().resolve("samples/baghdad-embassy-rockets.txt");
        assumeTrue(Files.exists(sample), "the sample is absent");
        events = TestSitrep.extract(Files.readString(sample), LocalDate.of(2020, 12, 21));
    }

    private static Event on(String date) {
        return events.stream().filter(e -> LocalDate.parse(date).equals(e.eventDate())).findFirst()
                .orElseThrow(() -> new AssertionError("no event on " + date + " among " + describe()));
    }

    private static String describe() {
        return events.stream().map(e -> e.eventDate() + " " + e.subEventType() + " " + e.location())
                .collect(Collectors.joining("; "));
    }

    @Test
    void findsTheFiveEventsAndNoOther() {
        assertEquals(5, events.size(), "events: " + describe());
    }

    @Test
    void greenZoneAttackIsOneEventWithAllItsFields() {
        Event e = on("2020-12-20");
        assertEquals("Explosions/Remote violence", e.eventType());
        assertEquals("Shelling/artillery/missile attack", e.subEventType());
        assertEquals("Iraq", e.country());
        assertEquals("Baghdad", e.admin1());
        assertTrue(e.location().contains("Green Zone"), "location was " + e.location());
        assertEquals(0, e.fatalities(), "no casualties among the dead");
        assertEquals(1, e.injuries(), "an Iraqi soldier was wounded");
        assertEquals("rocket", e.weapon());
        assertEquals("Unidentified Armed Group (Iraq)", e.actor1());
        assertNotNull(e.blamedOn(), "blamed on Iran-backed militias");
        assertTrue(e.blamedOn().toLowerCase().contains("militia"), "blamed_on was " + e.blamedOn());
        assertNull(e.claimedBy(), "nobody claimed it");
    }

    @Test
    void novemberAttackKilledOne() {
        Event e = on("2020-11-17");
        assertEquals("Shelling/artillery/missile attack", e.subEventType());
        assertEquals(1, e.fatalities());
        assertEquals("Iraq", e.country());
    }

    @Test
    void decemberConvoyBombingHasOnlyTheCountry() {
        Event e = on("2020-12-10");
        assertEquals("Remote explosive/landmine/IED", e.subEventType());
        assertEquals("Iraq", e.country());
        assertEquals(3, e.geoPrecision());
        assertEquals("IED", e.weapon());
    }

    @Test
    void soleimaniStrikeIsDatedInThePastYear() {
        Event e = on("2020-01-03");
        assertEquals("Air/drone strike", e.subEventType());
        assertEquals("drone", e.weapon());
        assertNotNull(e.actor1(), "actor1");
        assertTrue(e.actor1().contains("United States"), "actor1 was " + e.actor1());
    }

    @Test
    void truceIsAnAgreementWithMonthPrecision() {
        Event e = on("2020-10-15");
        assertEquals("Agreement", e.subEventType());
        assertEquals(3, e.timePrecision());
    }
}
