package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Event;

class GoldScoringTest {
    private final GoldScoring scoring = new GoldScoring();

    private static Function<GoldArticle, List<Event>> from(Map<String, List<Event>> byId) {
        return article -> byId.getOrDefault(article.id(), List.of());
    }

    @Test
    void scoresAnEventFileByEventsOnly() {
        EvalResult result = scoring.evaluate(GoldReaderTest.fixture("scoring.jsonl"),
                from(EventScorerTest.scoringPredictions()));
        assertEquals(2, result.events().matched(), "matched pairs, as counted in EventScorerTest");
        assertNull(result.snippets(), "an event file has no snippet score");
    }

    @Test
    void scoresASnippetFileByLabelsOnly() {
        EvalResult result = scoring.evaluate(GoldReaderTest.fixture("snippets.jsonl"),
                from(SnippetScorerTest.snippetPredictions()));
        assertEquals(3, result.snippets().correct(), "right labels, as counted in SnippetScorerTest");
        assertNull(result.events(), "a snippet file has no event score");
    }

    @Test
    void scoresEachKindOfAMixedFileSeparately() {
        // m1 has one gold battle on May 1, m2 is labelled NONE; the extractor finds a battle on May 1 in m1
        // and nothing in m2: events P = R = 1, snippets 1 of 1 right.
        Event battle = TestEvent.battle().on("2020-05-01").predicted();
        EvalResult result = scoring.evaluate(GoldReaderTest.fixture("mixed.jsonl"),
                from(Map.of("m1", List.of(battle))));
        assertEquals(1, result.events().gold(), "only m1 has event gold");
        assertEquals(1, result.events().matched(), "the battle should match");
        assertEquals(1, result.events().predicted(), "m2 is not scored by events");
        assertEquals(1, result.snippets().total(), "only m2 has a label");
        assertEquals(1, result.snippets().correct(), "m2 should be NONE");
    }

    @Test
    void namesTheArticleWhenTheExtractorFails() {
        Path file = GoldReaderTest.fixture("mixed.jsonl");
        EvalException e = assertThrows(EvalException.class, () -> scoring.evaluate(file, article -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals("'" + file + "' article 'm1': extractor failed (java.lang.IllegalStateException: boom)",
                e.getMessage(), "message");
    }

    @Test
    void givesAPerfectExtractorFullMarksOnTheSharedAcledGold() {
        Path gold = Path.of(System.getProperty("sitrep.shared", "../shared"), "gold",
                "acled-afghanistan-2020-03.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(gold), "shared ACLED gold absent");
        EvalResult result = scoring.evaluate(gold,
                article -> article.events().stream().map(TestEvent::perfect).toList());
        assertEquals(248, result.events().matched(), "every gold event should match its own copy");
        assertEquals(1.0, result.events().f1(), "F1");
        result.events().fields().forEach((name, score) -> assertEquals(score.total(), score.correct(),
                name + " should be right on every pair"));
    }
}
