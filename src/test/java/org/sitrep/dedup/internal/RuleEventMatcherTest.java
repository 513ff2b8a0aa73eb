package org.sitrep.dedup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.dedup.internal.Reports.event;
import static org.sitrep.dedup.internal.Reports.known;
import static org.sitrep.dedup.internal.Reports.shelling;
import static org.sitrep.dedup.internal.Reports.withActor;
import static org.sitrep.dedup.internal.Reports.withCasualties;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.dedup.DedupConfig;
import org.sitrep.dedup.Verdict;
import org.sitrep.extract.SubEventType;

class RuleEventMatcherTest {
    private final RuleEventMatcher matcher = new RuleEventMatcher(DedupConfig.DEFAULT);

    @Test
    void takesTwoReportsOfAShellingInOneTownADayApartForOneEvent() {
        Verdict v = matcher.judge(known(shelling("a", "2021-05-01"), "2021-05-01"), shelling("b", "2021-05-02"),
                LocalDate.parse("2021-05-02"));
        assertTrue(v.same(), v.reason());
        assertEquals(1.0, v.cost(), 1e-9, "one day apart, no distance");
    }

    @Test
    void keepsDifferentSubEventTypesApart() {
        Verdict v = matcher.judge(known(shelling("a", "2021-05-01"), "2021-05-01"),
                event("b", SubEventType.SUICIDE_BOMB, "2021-05-01", "Gao", 16.27, -0.04, 1, null, null, null), null);
        assertFalse(v.same(), "a shelling and a suicide bombing on one day are two events");
        assertEquals(Double.MAX_VALUE, v.cost(), "a refusal costs the most");
    }

    @Test
    void keepsPlacesFartherApartThanTheLimitApart() {
        Verdict v = matcher.judge(known(shelling("a", "2021-05-01"), "2021-05-01"),
                event("b", SubEventType.SHELLING, "2021-05-01", "Ansongo", 15.66, 0.50, 1, null, null, null), null);
        assertFalse(v.same(), "Ansongo is about 90 km from Gao: " + v.reason());
    }

    @Test
    void matchesARegionOnlyReportByItsCountryAndAdmin1() {
        Verdict v = matcher.judge(known(shelling("a", "2021-05-01"), "2021-05-01"),
                event("b", SubEventType.SHELLING, "2021-05-01", "Gao", null, null, 3, null, null, null), null);
        assertTrue(v.same(), "a report placed only in Gao region is the town's event: " + v.reason());
    }

    @Test
    void refusesNamedActorsThatDoNotContainEachOther() {
        Verdict v = matcher.judge(known(withActor(shelling("a", "2021-05-01"), "JNIM"), "2021-05-01"),
                withActor(shelling("b", "2021-05-01"), "Islamic State Sahel"), null);
        assertFalse(v.same(), "two named groups are two events: " + v.reason());
    }

    @Test
    void acceptsAMuchHigherTollFromALaterDayAsARisingCount() {
        Verdict v = matcher.judge(known(withCasualties(shelling("a", "2021-05-01"), 2, null), "2021-05-01"),
                withCasualties(shelling("b", "2021-05-01"), 20, null), LocalDate.parse("2021-05-03"));
        assertTrue(v.same(), "a toll reported two days later may have risen: " + v.reason());
    }

    @Test
    void refusesAMuchHigherTollFromTheSameDay() {
        Verdict v = matcher.judge(known(withCasualties(shelling("a", "2021-05-01"), 2, null), "2021-05-01"),
                withCasualties(shelling("b", "2021-05-01"), 20, null), LocalDate.parse("2021-05-01"));
        assertFalse(v.same(), "2 and 20 dead on one day are two events: " + v.reason());
    }
}
