package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Event;

class SnippetScorerTest {
    private final SnippetScorer scorer = new SnippetScorer();

    /**
     * Predictions for {@code snippets.jsonl} (gold: s1, s2 Armed clash; s3 Attack; s4, s5 NONE; s6 Peaceful
     * protest). Predicted labels: s1 Armed clash (the 0.9 event beats the 0.4 Attack), s2 Attack, s3 Attack,
     * s4 NONE, s5 Armed clash, s6 NONE.
     */
    static Map<String, List<Event>> snippetPredictions() {
        return Map.of(
                "s1", List.of(TestEvent.of("Violence against civilians", "Attack").confidence(0.4).predicted(),
                        TestEvent.battle().confidence(0.9).predicted()),
                "s2", List.of(TestEvent.of("Violence against civilians", "Attack").predicted()),
                "s3", List.of(TestEvent.of("Violence against civilians", "Attack").predicted()),
                "s5", List.of(TestEvent.battle().predicted()));
    }

    private SnippetScore scoreFixture() {
        return scorer.score(new GoldReader().read(GoldReaderTest.fixture("snippets.jsonl")), snippetPredictions());
    }

    @Test
    void countsEachLabelAgainstGold() {
        // Armed clash: tp s1, fp s5, fn s2. Attack: tp s3, fp s2. NONE: tp s4, fp s6, fn s5.
        // Peaceful protest: fn s6.
        assertEquals(List.of(new LabelScore("Armed clash", 1, 1, 1), new LabelScore("Attack", 1, 1, 0),
                        new LabelScore("NONE", 1, 1, 1), new LabelScore("Peaceful protest", 0, 0, 1)),
                scoreFixture().labels(), "per-label counts in alphabetical order");
    }

    @Test
    void computesAccuracyAndWeightedAndMacroF1() {
        // Accuracy 3/6. F1: Armed clash P 1/2 R 1/2 -> 1/2 (support 2); Attack P 1/2 R 1 -> 2/3 (support 1);
        // NONE 1/2 (support 2); Peaceful protest 0 (support 1).
        // Weighted: (1/2*2 + 2/3*1 + 1/2*2 + 0*1) / 6 = (8/3) / 6 = 4/9. Macro: (1/2 + 2/3 + 1/2 + 0) / 4 = 5/12.
        SnippetScore score = scoreFixture();
        assertEquals(0.5, score.accuracy(), 1e-12, "accuracy");
        assertEquals(4.0 / 9, score.weightedF1(), 1e-12, "weighted F1");
        assertEquals(5.0 / 12, score.macroF1(), 1e-12, "macro F1");
    }

    @Test
    void listsWrongLabels() {
        assertEquals(List.of(new Miss(Miss.Kind.WRONG_LABEL, "s2", "label", "Armed clash", "Attack"),
                        new Miss(Miss.Kind.WRONG_LABEL, "s5", "label", "NONE", "Armed clash"),
                        new Miss(Miss.Kind.WRONG_LABEL, "s6", "label", "Peaceful protest", "NONE")),
                scoreFixture().misses(), "one miss per wrong snippet, in file order");
    }

    @Test
    void takesTheFirstOfEquallyConfidentEvents() {
        List<Event> tied = List.of(TestEvent.of("Protests", "Peaceful protest").confidence(0.7).predicted(),
                TestEvent.battle().confidence(0.7).predicted());
        assertEquals("Peaceful protest", scorer.label(tied), "the first of a tie should give the label");
    }

    @Test
    void labelsAnEmptyPredictionNone() {
        assertEquals("NONE", scorer.label(List.of()), "no event should read as NONE");
    }
}
