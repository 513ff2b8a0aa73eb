package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Event;

class EventMatcherTest {
    private final EventMatcher matcher = new EventMatcher();

    private boolean matches(TestEvent gold, TestEvent predicted) {
        return matcher.matches(gold.gold(), predicted.predicted());
    }

    @Test
    void allowsOneDayWhenTheGoldDayIsKnown() {
        TestEvent gold = TestEvent.battle().on("2020-12-10").precision(1);
        assertTrue(matches(gold, TestEvent.battle().on("2020-12-11")), "one day later should match");
        assertTrue(matches(gold, TestEvent.battle().on("2020-12-09")), "one day earlier should match");
        assertFalse(matches(gold, TestEvent.battle().on("2020-12-12")), "two days later should not match");
    }

    @Test
    void treatsAGoldEventWithoutPrecisionAsDayPrecision() {
        TestEvent gold = TestEvent.battle().on("2020-12-10");
        assertFalse(matches(gold, TestEvent.battle().on("2020-12-12")), "two days apart should not match");
    }

    @Test
    void allowsSevenDaysWhenTheGoldDateIsKnownToTheWeek() {
        TestEvent gold = TestEvent.battle().on("2020-12-10").precision(2);
        assertTrue(matches(gold, TestEvent.battle().on("2020-12-17")), "seven days later should match");
        assertTrue(matches(gold, TestEvent.battle().on("2020-12-03")), "seven days earlier should match");
        assertFalse(matches(gold, TestEvent.battle().on("2020-12-18")), "eight days later should not match");
    }

    @Test
    void requiresTheSameMonthWhenTheGoldDateIsKnownToTheMonth() {
        TestEvent gold = TestEvent.battle().on("2020-10-15").precision(3);
        assertTrue(matches(gold, TestEvent.battle().on("2020-10-01")), "first of the month should match");
        assertTrue(matches(gold, TestEvent.battle().on("2020-10-31")), "last of the month should match");
        assertFalse(matches(gold, TestEvent.battle().on("2020-11-01")), "the next month should not match");
        assertFalse(matches(gold, TestEvent.battle().on("2021-10-15")), "the same month a year later should not");
    }

    @Test
    void requiresTheSameEventType() {
        TestEvent gold = TestEvent.battle().on("2020-12-10");
        TestEvent riot = TestEvent.of("Riots", "Mob violence").on("2020-12-10");
        assertFalse(matches(gold, riot), "a riot should not match a battle on the same day");
    }

    @Test
    void requiresPointsWithinFiftyKilometresWhenBothHaveCoordinates() {
        // One degree of latitude is 6371.0088 * pi / 180 = 111.195 km: 0.4 deg = 44.5 km, 0.5 deg = 55.6 km.
        TestEvent gold = TestEvent.battle().on("2020-12-10").at(33.3128, 44.3872);
        assertTrue(matches(gold, TestEvent.battle().on("2020-12-10").at(33.7128, 44.3872)), "44.5 km should match");
        assertFalse(matches(gold, TestEvent.battle().on("2020-12-10").at(33.8128, 44.3872)),
                "55.6 km should not match");
    }

    @Test
    void ignoresDistanceWhenOneSideHasNoCoordinates() {
        TestEvent gold = TestEvent.battle().on("2020-12-10").at(33.3128, 44.3872);
        assertTrue(matches(gold, TestEvent.battle().on("2020-12-10")), "a prediction without a point should match");
        assertTrue(matches(TestEvent.battle().on("2020-12-10"), TestEvent.battle().on("2020-12-10").at(0, 0)),
                "gold without a point should match any point");
    }

    @Test
    void letsANullDateOnEitherSideMatch() {
        assertTrue(matches(TestEvent.battle().on("2020-12-10"), TestEvent.battle().on(null)),
                "a prediction without a date should match");
        assertTrue(matches(TestEvent.battle().on(null), TestEvent.battle().on("2020-12-10")),
                "gold without a date should match");
    }

    @Test
    void prefersADatedPredictionToAnUndatedOne() {
        GoldEvent gold = TestEvent.battle().on("2020-12-10").gold();
        Event undated = TestEvent.battle().on(null).predicted();
        Event dated = TestEvent.battle().on("2020-12-11").predicted();
        EventMatcher.Matching m = matcher.match(List.of(gold), List.of(undated, dated));
        assertSame(dated, m.pairs().get(0).predicted(), "the dated prediction should win the gold event");
        assertEquals(List.of(undated), m.unmatchedPredicted(), "the undated prediction should be left over");
    }

    @Test
    void pairsGreedilyByDateDistanceNotByListOrder() {
        // Month precision lets every prediction match every gold event. Distances: Dec 10-Dec 19 = 9,
        // Dec 10-Dec 11 = 1, Dec 20-Dec 19 = 1, Dec 20-Dec 11 = 9; greedy takes the two 1-day pairs.
        // Taking gold and predictions in list order would wrongly pair Dec 10 with Dec 19.
        GoldEvent dec10 = TestEvent.battle().on("2020-12-10").precision(3).gold();
        GoldEvent dec20 = TestEvent.battle().on("2020-12-20").precision(3).gold();
        Event dec19 = TestEvent.battle().on("2020-12-19").predicted();
        Event dec11 = TestEvent.battle().on("2020-12-11").predicted();
        EventMatcher.Matching m = matcher.match(List.of(dec10, dec20), List.of(dec19, dec11));
        assertEquals(List.of(new EventMatcher.Pair(dec10, dec11), new EventMatcher.Pair(dec20, dec19)), m.pairs(),
                "each gold event should be paired with the prediction one day away");
        assertTrue(m.unmatchedGold().isEmpty() && m.unmatchedPredicted().isEmpty(), "nothing should be left over");
    }

    @Test
    void matchesOneToOne() {
        GoldEvent gold = TestEvent.battle().on("2020-12-10").gold();
        Event first = TestEvent.battle().on("2020-12-10").predicted();
        Event second = TestEvent.battle().on("2020-12-10").predicted();
        EventMatcher.Matching m = matcher.match(List.of(gold), List.of(first, second));
        assertEquals(1, m.pairs().size(), "one gold event should take one prediction");
        assertSame(first, m.pairs().get(0).predicted(), "of equals, the first prediction should win");
        assertEquals(List.of(second), m.unmatchedPredicted(), "the duplicate should be spurious");
    }

    @Test
    void leavesUnmatchableGoldAsMissed() {
        GoldEvent gold = TestEvent.battle().on("2020-12-10").gold();
        Event late = TestEvent.battle().on("2020-12-20").predicted();
        EventMatcher.Matching m = matcher.match(List.of(gold), List.of(late));
        assertEquals(List.of(gold), m.unmatchedGold(), "the gold event should be missed");
        assertEquals(List.of(late), m.unmatchedPredicted(), "the late prediction should be spurious");
    }
}
