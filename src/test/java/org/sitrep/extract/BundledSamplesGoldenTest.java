package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.TestSitrep;

/**
 * The quickstart's articles (samples/, written for the project): the main event of each, as its text states it.
 */
class BundledSamplesGoldenTest {

    private static Event mainEvent(String file, String published) throws IOException {
        String text = Files.readString(Path.of("samples", file));
        List<Event> events = TestSitrep.extract(text, LocalDate.parse(published));
        assertTrue(!events.isEmpty(), "no event in " + file);
        return events.get(0);
    }

    @Test
    void kabulWeddingBombingIsASuicideBombClaimedByIslamicState() throws IOException {
        Event e = mainEvent("kabul-wedding-bombing.txt", "2019-08-18");
        assertEquals("Suicide bomb", e.subEventType());
        assertEquals(LocalDate.of(2019, 8, 17), e.eventDate(), "late on Saturday before a Sunday report");
        assertEquals("Kabul", e.location());
        assertEquals(63, e.fatalities());
        assertEquals(182, e.injuries());
        assertTrue(e.claimedBy().contains("Islamic State"), "claimed_by was " + e.claimedBy());
    }

    @Test
    void mogadishuCarBombsAreClaimedByAlShabaab() throws IOException {
        Event e = mainEvent("mogadishu-education-ministry-bombing.txt", "2022-10-30");
        assertEquals("Remote explosive/landmine/IED", e.subEventType());
        assertEquals(LocalDate.of(2022, 10, 29), e.eventDate(), "Saturday before a Sunday report");
        assertEquals("Mogadishu", e.location());
        assertEquals(100, e.fatalities());
        assertEquals(300, e.injuries());
        assertEquals("Al Shabaab", e.actor1());
    }

    @Test
    void tayounehShootingIsABattleInBeirut() throws IOException {
        Event e = mainEvent("beirut-tayouneh-clashes.txt", "2021-10-14");
        assertEquals("Battles", e.eventType());
        assertEquals(LocalDate.of(2021, 10, 14), e.eventDate(), "Thursday, the publication day");
        assertEquals("Beirut", e.location());
        assertEquals(6, e.fatalities());
        assertEquals(32, e.injuries());
    }
}
