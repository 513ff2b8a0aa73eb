package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.eval.internal.Describe;
import org.sitrep.eval.internal.FieldCheck;
import org.sitrep.extract.Event;

/**
 * Scores predicted events against the gold events of each article ({@code formats.md}).
 *
 * <p>Only articles with event gold take part ({@link GoldArticle#hasEventGold()}): those with events, and those
 * with neither events nor a label (there every prediction is spurious). Predictions for article ids that are not
 * in the gold list are ignored, as there is nothing to judge them by. Fields are scored on matched pairs only,
 * and only where the gold event fills them: exact for categories, counts and precisions; ignoring case for
 * {@code location} and {@code weapon}; the date by its month when the gold time precision is 3; coordinates
 * within {@link MatchRules#coordinateToleranceKm()}; actors, {@code blamed_on} and {@code claimed_by} by
 * case-insensitive containment either way of any acceptable gold name. A prediction that leaves a scored field
 * null is wrong on it. Thread-safe.
 */
public final class EventScorer {
    private final EventMatcher matcher;
    private final List<FieldCheck> checks;

    /** A scorer with {@link MatchRules#DEFAULT}. */
    public EventScorer() {
        this(MatchRules.DEFAULT);
    }

    /**
     * @param rules the tolerances for matching and for coordinates
     * @throws NullPointerException if rules is null
     */
    public EventScorer(MatchRules rules) {
        this.matcher = new EventMatcher(rules);
        this.checks = FieldCheck.all(rules);
    }

    /**
     * @param gold                  gold articles
     * @param predictedByArticleId  predicted events by article id; an absent id means no predictions
     * @return event precision, recall, F1, per-field accuracy and the misses
     * @throws NullPointerException if an argument is null
     */
    public EventScore score(List<GoldArticle> gold, Map<String, List<Event>> predictedByArticleId) {
        Objects.requireNonNull(predictedByArticleId, "predictedByArticleId");
        int[] correct = new int[checks.size()];
        int[] total = new int[checks.size()];
        List<Miss> misses = new ArrayList<>();
        int goldCount = 0;
        int predictedCount = 0;
        int matched = 0;
        for (GoldArticle article : gold) {
            if (!article.hasEventGold()) {
                continue;
            }
            List<Event> predicted = predictedByArticleId.getOrDefault(article.id(), List.of());
            EventMatcher.Matching matching = matcher.match(article.events(), predicted);
            goldCount += article.events().size();
            predictedCount += predicted.size();
            matched += matching.pairs().size();
            for (EventMatcher.Pair pair : matching.pairs()) {
                judge(article.id(), pair, correct, total, misses);
            }
            matching.unmatchedGold().forEach(g -> misses.add(
                    new Miss(Miss.Kind.MISSED_EVENT, article.id(), "event", Describe.gold(g), null)));
            matching.unmatchedPredicted().forEach(p -> misses.add(
                    new Miss(Miss.Kind.SPURIOUS_EVENT, article.id(), "event", null, Describe.predicted(p))));
        }
        Map<String, FieldScore> fields = new LinkedHashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            fields.put(checks.get(i).name(), new FieldScore(correct[i], total[i]));
        }
        return new EventScore(goldCount, predictedCount, matched, fields, misses);
    }

    private void judge(String articleId, EventMatcher.Pair pair, int[] correct, int[] total, List<Miss> misses) {
        for (int i = 0; i < checks.size(); i++) {
            FieldCheck check = checks.get(i);
            if (!check.filledIn(pair.gold())) {
                continue;
            }
            total[i]++;
            if (check.correct(pair.gold(), pair.predicted())) {
                correct[i]++;
            } else {
                misses.add(new Miss(Miss.Kind.WRONG_FIELD, articleId, check.name(), check.goldText(pair.gold()),
                        check.predictedText(pair.predicted())));
            }
        }
    }
}
