package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Event;

class EventScorerTest {
    private final EventScorer scorer = new EventScorer();

    /**
     * Predictions for {@code scoring.jsonl}:
     * balkh-clash: the clash one day late, 7.2 km from gold (dLat 0.0118 deg = 1.3 km, dLon 0.0793 deg * cos 37
     * = 7.0 km), 10 killed instead of 12, no admin1 or geo_precision; a bomb three days late (unmatched).
     * kabul-march: the march on March 28 (gold: March, precision 3). quiet-day: a riot (spurious).
     */
    static Map<String, List<Event>> scoringPredictions() {
        return Map.of(
                "balkh-clash", List.of(
                        TestEvent.battle().on("2020-03-22").precision(1).actors("Taliban militants", "Afghan")
                                .in("Afghanistan", "dawlat abad").at(37.0, 66.9).fatalities(10).predicted(),
                        TestEvent.of("Explosions/Remote violence", "Remote explosive/landmine/IED")
                                .on("2020-03-25").precision(1).predicted()),
                "kabul-march", List.of(TestEvent.of("Protests", "Peaceful protest").on("2020-03-28").precision(3)
                        .in("Afghanistan", "KABUL").predicted()),
                "quiet-day", List.of(TestEvent.of("Riots", "Mob violence").on("2020-03-05").predicted()));
    }

    private EventScore scoreFixture() {
        return scorer.score(new GoldReader().read(GoldReaderTest.fixture("scoring.jsonl")), scoringPredictions());
    }

    @Test
    void countsMatchedPairsForPrecisionRecallAndF1() {
        // gold 3, predicted 4, matched 2 (clash, march): P = 2/4 = 0.5, R = 2/3,
        // F1 = 2 * 0.5 * 2/3 / (0.5 + 2/3) = (2/3) / (7/6) = 4/7.
        EventScore score = scoreFixture();
        assertEquals(3, score.gold(), "gold events");
        assertEquals(4, score.predicted(), "predicted events");
        assertEquals(2, score.matched(), "matched pairs");
        assertEquals(0.5, score.precision(), 1e-12, "precision");
        assertEquals(2.0 / 3, score.recall(), 1e-12, "recall");
        assertEquals(4.0 / 7, score.f1(), 1e-12, "F1");
    }

    @Test
    void scoresFieldsOnMatchedPairsWhereGoldFillsThem() {
        // clash: date one day off (wrong), 10 vs 12 killed (wrong), no admin1 / geo_precision predicted (wrong),
        // "Taliban militants" contains "Taliban", "Afghan" is inside "Afghan forces", location differs in case
        // only, 7.2 km is within 25 km. march: March 28 is in the gold month (right), "KABUL" = "Kabul".
        // Every other field is unfilled in gold (0 of 0), except event_type, right on both pairs by matching.
        assertEquals(Map.ofEntries(
                        Map.entry("event_date", new FieldScore(1, 2)),
                        Map.entry("time_precision", new FieldScore(2, 2)),
                        Map.entry("event_type", new FieldScore(2, 2)),
                        Map.entry("sub_event_type", new FieldScore(2, 2)),
                        Map.entry("actor1", new FieldScore(1, 1)),
                        Map.entry("actor2", new FieldScore(1, 1)),
                        Map.entry("actor1_type", new FieldScore(0, 0)),
                        Map.entry("actor2_type", new FieldScore(0, 0)),
                        Map.entry("blamed_on", new FieldScore(0, 0)),
                        Map.entry("claimed_by", new FieldScore(0, 0)),
                        Map.entry("country", new FieldScore(2, 2)),
                        Map.entry("admin1", new FieldScore(0, 1)),
                        Map.entry("location", new FieldScore(2, 2)),
                        Map.entry("coordinates", new FieldScore(1, 1)),
                        Map.entry("geo_precision", new FieldScore(0, 1)),
                        Map.entry("fatalities", new FieldScore(0, 1)),
                        Map.entry("injuries", new FieldScore(0, 0)),
                        Map.entry("weapon", new FieldScore(0, 0))),
                scoreFixture().fields(), "correct / total per field");
    }

    @Test
    void scoresTheMostConfidentPredictionOfSingleEventArticles() {
        // Only kabul-march has exactly one gold event: its one prediction is a Peaceful protest (right); the gold
        // has no coordinates, so no distance is scored, and a protest is no violence against people.
        assertEquals(Map.of("sub_event_type", new FieldScore(1, 1), "within_25_km", new FieldScore(0, 0),
                        "violent_top", new FieldScore(0, 0)),
                scoreFixture().singleEvent());
    }

    @Test
    void listsMissedSpuriousAndWrongFields() {
        List<Miss> misses = scoreFixture().misses();
        assertEquals(List.of(
                new Miss(Miss.Kind.WRONG_FIELD, "balkh-clash", "event_date", "2020-03-21", "2020-03-22"),
                new Miss(Miss.Kind.WRONG_FIELD, "balkh-clash", "admin1", "Balkh", null),
                new Miss(Miss.Kind.WRONG_FIELD, "balkh-clash", "geo_precision", "2", null),
                new Miss(Miss.Kind.WRONG_FIELD, "balkh-clash", "fatalities", "12", "10"),
                new Miss(Miss.Kind.MISSED_EVENT, "balkh-clash", "event",
                        "Explosions/Remote violence / Remote explosive/landmine/IED, 2020-03-22, no location", null),
                new Miss(Miss.Kind.SPURIOUS_EVENT, "balkh-clash", "event", null,
                        "Explosions/Remote violence / Remote explosive/landmine/IED, 2020-03-25, no location"),
                new Miss(Miss.Kind.SPURIOUS_EVENT, "quiet-day", "event", null,
                        "Riots / Mob violence, 2020-03-05, no location")), misses, "misses in article order");
    }

    private FieldScore field(String name, TestEvent gold, TestEvent predicted) {
        GoldArticle article = new GoldArticle("a", null, null, "text", null, null, List.of(gold.gold()), null);
        return scorer.score(List.of(article), Map.of("a", List.of(predicted.predicted()))).fields().get(name);
    }

    @Test
    void acceptsAPredictedActorThatContainsTheGoldName() {
        TestEvent gold = TestEvent.battle().actors("Taliban", null);
        assertEquals(new FieldScore(1, 1), field("actor1", gold, TestEvent.battle().actors("TALIBAN fighters", null)),
                "a longer predicted name containing the gold name, in other case, should count");
    }

    @Test
    void acceptsAPredictedActorInsideTheGoldName() {
        TestEvent gold = TestEvent.battle().actors(null, "Military Forces of Afghanistan (2014-)");
        assertEquals(new FieldScore(1, 1),
                field("actor2", gold, TestEvent.battle().actors(null, "military forces of afghanistan")),
                "a shorter predicted name inside the gold name should count");
    }

    @Test
    void acceptsAnyNameOfTheAnyList() {
        TestEvent gold = TestEvent.battle().actor1Any("Unidentified Armed Group", "militia");
        assertEquals(new FieldScore(1, 1),
                field("actor1", gold, TestEvent.battle().actors("Iran-backed militias", null)),
                "the second acceptable name should count");
        assertEquals(new FieldScore(0, 1), field("actor1", gold, TestEvent.battle().actors("Police", null)),
                "a name matching none of the list should not count");
    }

    @Test
    void judgesBlamedOnAndClaimedByByContainment() {
        TestEvent gold = TestEvent.battle().blamedOn("Iranian-backed militias").claimedBy("Islamic State");
        TestEvent predicted = TestEvent.battle().blamedOn("militias").claimedBy("Islamic State (Khorasan)");
        assertEquals(new FieldScore(1, 1), field("blamed_on", gold, predicted), "blamed_on inside gold");
        assertEquals(new FieldScore(1, 1), field("claimed_by", gold, predicted), "claimed_by containing gold");
    }

    @Test
    void scoresAMonthPrecisionDateByItsMonth() {
        TestEvent gold = TestEvent.battle().on("2020-10-15").precision(3);
        assertEquals(new FieldScore(1, 1), field("event_date", gold, TestEvent.battle().on("2020-10-02")),
                "another day of the gold month should be right");
    }

    @Test
    void scoresADayPrecisionDateExactly() {
        TestEvent gold = TestEvent.battle().on("2020-10-15").precision(1);
        assertEquals(new FieldScore(0, 1), field("event_date", gold, TestEvent.battle().on("2020-10-16")),
                "a date one day off matches but is wrong");
    }

    @Test
    void countsAnUndatedPredictionWrongOnTheDate() {
        TestEvent gold = TestEvent.battle().on("2020-10-15");
        assertEquals(new FieldScore(0, 1), field("event_date", gold, TestEvent.battle().on(null)),
                "an undated prediction matches but its date is wrong");
    }

    @Test
    void acceptsCoordinatesWithinTwentyFiveKilometres() {
        // 0.2 deg of latitude = 22.2 km; 0.3 deg = 33.4 km (still within the 50 km of a match).
        TestEvent gold = TestEvent.battle().at(33.3128, 44.3872);
        assertEquals(new FieldScore(1, 1), field("coordinates", gold, TestEvent.battle().at(33.5128, 44.3872)),
                "22.2 km should be right");
        assertEquals(new FieldScore(0, 1), field("coordinates", gold, TestEvent.battle().at(33.6128, 44.3872)),
                "33.4 km should be wrong");
    }

    @Test
    void ignoresPredictionsForArticlesNotInGold() {
        GoldArticle article = new GoldArticle("a", null, null, "text", null, null, List.of(), null);
        EventScore score = scorer.score(List.of(article),
                Map.of("elsewhere", List.of(TestEvent.battle().predicted())));
        assertEquals(0, score.predicted(), "a prediction for an unknown article should not count");
    }
}
