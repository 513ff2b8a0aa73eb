package org.sitrep.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Event;
import org.sitrep.extract.Evidence;

class SummaryWriterTest {
    private static Event event(String subType, String eventType, Integer precision, String actor1, String actor2,
                               String location, Integer killed, Integer wounded, String weapon) {
        return new Event("ev-1", List.of("a"), LocalDate.of(2020, 12, 20), precision, eventType, subType, actor1,
                actor2, null, null, null, null, "Iraq", "Baghdad", location, 33.3, 44.4, 1, killed, wounded, weapon, "",
                new Evidence("a", Map.of()), 0.9);
    }

    @Test
    void describesAnAttackWithItsTollAndPlace() {
        Event e = event("Shelling/artillery/missile attack", "Explosions/Remote violence", 1,
                "Unidentified Armed Group (Iraq)", null, "Baghdad - Green Zone", 0, 1, "rocket");
        assertEquals("On 2020-12-20, Unidentified Armed Group (Iraq) fired rockets, missiles or shells (rocket) in"
                + " Baghdad - Green Zone, Iraq: 0 killed, 1 wounded.", SummaryWriter.write(e));
    }

    @Test
    void namesTheMonthForMonthPrecisionAndSaysWhenNoActorIsKnown() {
        Event e = event("Agreement", "Strategic developments", 3, null, null, "Iraq", null, null, null);
        assertEquals("In December 2020, unidentified actors reached an agreement in Iraq.", SummaryWriter.write(e));
    }

    @Test
    void putsTheTargetOfAClash() {
        Event e = event("Armed clash", "Battles", 1, "Taliban", "Military Forces of Afghanistan", "Sherzad", 3, null,
                null);
        assertEquals("On 2020-12-20, Taliban clashed with Military Forces of Afghanistan in Sherzad, Iraq: 3 killed.",
                SummaryWriter.write(e));
    }
}
