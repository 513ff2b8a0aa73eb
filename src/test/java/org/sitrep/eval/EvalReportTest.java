package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.util.Json;

class EvalReportTest {
    private static final EventScore EVENTS = new EventScorer().score(
            new GoldReader().read(GoldReaderTest.fixture("scoring.jsonl")), EventScorerTest.scoringPredictions());
    private static final SnippetScore SNIPPETS = new SnippetScorer().score(
            new GoldReader().read(GoldReaderTest.fixture("snippets.jsonl")), SnippetScorerTest.snippetPredictions());

    private static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }

    @Test
    void summarisesEventsOnOneLine() {
        // P 2/4, R 2/3, F1 4/7 = 0.5714 (see EventScorerTest).
        assertEquals("events: P 0.500 R 0.667 F1 0.571 (gold 3, predicted 4, matched 2)",
                new EvalReport(new EvalResult(null, EVENTS, null)).summary(), "summary");
    }

    @Test
    void summarisesBothKindsOnOneLine() {
        // Snippets: accuracy 3/6, weighted F1 4/9 = 0.4444, macro F1 5/12 = 0.4167 (see SnippetScorerTest).
        assertEquals("events: P 0.500 R 0.667 F1 0.571 (gold 3, predicted 4, matched 2); "
                        + "snippets: accuracy 0.500 weighted F1 0.444 macro F1 0.417 (n 6)",
                new EvalReport(new EvalResult(null, EVENTS, SNIPPETS)).summary(), "summary");
    }

    @Test
    void alignsTheFieldTable() {
        List<String> text = lines(new EvalReport(new EvalResult(null, EVENTS, null)).text(EvalReport.Detail.SCORES));
        // Columns: name left in 16, then accuracy in 8, correct in 8, n in 6, one space between.
        assertTrue(text.contains("field" + " ".repeat(12) + "accuracy" + " ".repeat(2) + "correct"
                        + " ".repeat(6) + "n"),
                "header row in " + text);
        assertTrue(text.contains("event_date" + " ".repeat(10) + "0.500" + " ".repeat(8) + "1" + " ".repeat(6) + "2"),
                "event_date row (1 of 2) in " + text);
        assertTrue(text.contains("injuries" + " ".repeat(16) + "-" + " ".repeat(8) + "0" + " ".repeat(6) + "0"),
                "injuries row (nothing scored) in " + text);
        assertFalse(text.contains("misses:"), "no misses without asking");
    }

    @Test
    void alignsTheLabelTableToTheLongestLabel() {
        List<String> text = lines(new EvalReport(new EvalResult(null, null, SNIPPETS)).text(EvalReport.Detail.SCORES));
        // "Peaceful protest" (16) sets the width; Attack: P 1/2, R 1, F1 2/3, support 1.
        assertTrue(text.contains("Attack" + " ".repeat(12) + "0.500" + " ".repeat(2) + "1.000" + " ".repeat(2)
                + "0.667" + " ".repeat(8) + "1"), "Attack row in " + text);
    }

    @Test
    void listsMissesWhenAsked() {
        List<String> text = lines(new EvalReport(new EvalResult(null, EVENTS, SNIPPETS))
                .text(EvalReport.Detail.SCORES_AND_MISSES));
        assertTrue(text.contains("  balkh-clash: admin1 gold \"Balkh\", predicted none"), "wrong field in " + text);
        assertTrue(text.contains("  quiet-day: spurious event Riots / Mob violence, 2020-03-05, no location"),
                "spurious event in " + text);
        assertTrue(text.contains("  s6: label gold \"Peaceful protest\", predicted \"NONE\""),
                "wrong label in " + text);
    }

    @Test
    void writesJsonForMachines() throws JsonProcessingException {
        JsonNode json = Json.mapper().readTree(
                new EvalReport(new EvalResult(null, EVENTS, null)).json(EvalReport.Detail.SCORES));
        assertEquals(0.5, json.at("/events/precision").asDouble(), "events.precision");
        assertEquals(1, json.at("/events/fields/event_date/correct").asInt(), "event_date correct");
        assertTrue(json.at("/events/fields/injuries/accuracy").isNull(), "an unscored accuracy is null");
        assertTrue(json.get("snippets").isNull(), "no snippet gold gives null");
        assertTrue(json.at("/events/misses").isMissingNode(), "no misses without asking");
    }

    @Test
    void writesMissesToJsonWhenAsked() throws JsonProcessingException {
        JsonNode json = Json.mapper().readTree(
                new EvalReport(new EvalResult(null, null, SNIPPETS)).json(EvalReport.Detail.SCORES_AND_MISSES));
        assertEquals(4.0 / 9, json.at("/snippets/weighted_f1").asDouble(), 1e-12, "weighted F1");
        assertEquals("wrong_label", json.at("/snippets/misses/0/kind").asText(), "first miss kind");
        assertEquals("s2", json.at("/snippets/misses/0/article_id").asText(), "first miss article");
        assertEquals(2, json.at("/snippets/labels/NONE/support").asInt(), "NONE support");
    }
}
