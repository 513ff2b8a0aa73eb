package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.eval.internal.Describe;
import org.sitrep.eval.internal.FieldCheck;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventType;
import org.sitrep.util.GeoMath;

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
    /** The event types of violence against people, which is what a shooting or a stabbing is. */
    private static final Set<String> VIOLENT = Set.of(EventType.VIOLENCE_AGAINST_CIVILIANS.label(),
            EventType.BATTLES.label(), EventType.RIOTS.label());
    private final EventMatcher matcher;
    private final List<FieldCheck> checks;
    private final MatchRules rules;

    /** A scorer with {@link MatchRules#DEFAULT}. */
    public EventScorer() {
        this(MatchRules.DEFAULT);
    }

    /**
     * @param rules the tolerances for matching and for coordinates
     * @throws NullPointerException if rules is null
     */
    public EventScorer(MatchRules rules) {
        this.rules = rules;
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
        int[] single = new int[6];
        for (GoldArticle article : gold) {
            if (!article.hasEventGold()) {
                continue;
            }
            List<Event> predicted = predictedByArticleId.getOrDefault(article.id(), List.of());
            if (article.events().size() == 1) {
                judgeTopEvent(article.events().get(0), predicted, single);
            }
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
        Map<String, FieldScore> singleEvent = new LinkedHashMap<>();
        singleEvent.put("sub_event_type", new FieldScore(single[0], single[1]));
        singleEvent.put("within_" + (int) rules.coordinateToleranceKm() + "_km", new FieldScore(single[2], single[3]));
        singleEvent.put("violent_top", new FieldScore(single[4], single[5]));
        return new EventScore(goldCount, predictedCount, matched, fields, misses, singleEvent);
    }

    /**
     * The article-level view of one-event gold: is the most confident prediction of the right type and place,
     * and, where the gold is violence against people (or an incident it leaves untyped, such as a shooting),
     * is it violent too (violence against civilians, a battle or a riot)?
     */
    private void judgeTopEvent(GoldEvent gold, List<Event> predicted, int[] single) {
        Event top = predicted.stream().max(java.util.Comparator.comparingDouble(Event::confidence)).orElse(null);
        single[1]++;
        if (top != null && Objects.equals(top.subEventType(), gold.subEventType())) {
            single[0]++;
        }
        if (gold.eventType() == null || VIOLENT.contains(gold.eventType())) {
            single[5]++;
            if (top != null && VIOLENT.contains(top.eventType())) {
                single[4]++;
            }
        }
        if (gold.hasCoordinates()) {
            single[3]++;
            if (top != null && top.latitude() != null && top.longitude() != null
                    && GeoMath.distanceKm(gold.latitude(), gold.longitude(), top.latitude(), top.longitude())
                    <= rules.coordinateToleranceKm()) {
                single[2]++;
            }
        }
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
