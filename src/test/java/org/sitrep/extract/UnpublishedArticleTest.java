package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.TestSitrep;

/**
 * Articles without a publication date: only dates the text fixes by itself reach {@code event_date}.
 */
class UnpublishedArticleTest {

    @Test
    void keepsAnAbsoluteDateFromTheText() {
        List<Event> events = TestSitrep.extract(
                "On 21 March 2020, gunmen shot dead four villagers in Zamfara state, police said.", null);
        assertFalse(events.isEmpty(), "no event");
        assertEquals(LocalDate.of(2020, 3, 21), events.get(0).eventDate());
        assertEquals(1, events.get(0).timePrecision());
    }

    @Test
    void leavesARelativeDateUnresolved() {
        List<Event> events = TestSitrep.extract(
                "On Sunday, gunmen shot dead four villagers in Zamfara state, police said.", null);
        assertFalse(events.isEmpty(), "no event");
        assertNull(events.get(0).eventDate(), "Sunday of which week?");
        assertNull(events.get(0).timePrecision());
        assertNull(events.get(0).evidence().of("event_date"), "no date, no evidence");
    }
}
