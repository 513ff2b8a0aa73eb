package org.sitrep.dedup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.dedup.internal.Reports.event;
import static org.sitrep.dedup.internal.Reports.known;
import static org.sitrep.dedup.internal.Reports.shelling;
import static org.sitrep.dedup.internal.Reports.withActor;
import static org.sitrep.dedup.internal.Reports.withCasualties;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.dedup.Fused;
import org.sitrep.extract.Event;
import org.sitrep.extract.SubEventType;

class RuleEventFusionTest {
    private final RuleEventFusion fusion = new RuleEventFusion();
    private final Event first = withCasualties(shelling("a", "2021-05-01"), 5, null);

    @Test
    void keepsTheFirstFigureAgainstAHigherOneFromTheSameDay() {
        Fused f = fusion.fuse(known(first, "2021-05-01"), withCasualties(shelling("b", "2021-05-01"), 8, null),
                LocalDate.parse("2021-05-01"), "Eight people died in the shelling.", null);
        assertEquals(5, f.event().fatalities(), "a higher same-day figure is not a revision");
        assertEquals(Map.of(), f.changes(), "nothing changed");
    }

    @Test
    void takesAHigherFigureWhenItsSentenceSaysTheTollRose() {
        Fused f = fusion.fuse(known(first, "2021-05-01"), withCasualties(shelling("b", "2021-05-01"), 8, null),
                LocalDate.parse("2021-05-01"), "The death toll rose to eight on Sunday.", null);
        assertEquals(8, f.event().fatalities(), "'rose to' marks a revision");
        assertEquals("fatalities 5 -> 8 (the report says the toll rose)", f.describe(), "the change in one line");
    }

    @Test
    void takesTheMorePrecisePlaceAndNamesAnUnknownActor() {
        Event coarse = event("a", SubEventType.SHELLING, "2021-05-01", "Gao", 16.27, -0.04, 3, null, null, null);
        Fused f = fusion.fuse(known(coarse, "2021-05-01"), withActor(shelling("b", "2021-05-01"), "JNIM"), null,
                null, null);
        assertEquals(1, f.event().geoPrecision(), "the town beats the region");
        assertEquals("JNIM", f.event().actor1(), "a named actor fills an unknown one");
        assertEquals("a-e", f.event().eventId(), "the known event keeps its id");
    }
}
