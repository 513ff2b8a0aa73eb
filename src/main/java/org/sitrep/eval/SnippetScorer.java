package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sitrep.extract.Event;

/**
 * Scores snippet files, where each text carries one {@code label}: a sub-event type or {@link #NONE}.
 * The predicted label is the sub-event type of the most confident predicted event (the first of equals), or
 * {@code NONE} when nothing was predicted. Articles without a label are skipped. Thread-safe.
 */
public final class SnippetScorer {
    /** The label of a text that reports no event. */
    public static final String NONE = "NONE";

    /**
     * @param gold                 gold articles; those with a {@code label} are scored
     * @param predictedByArticleId predicted events by article id; an absent id means no predictions
     * @return accuracy, per-label counts (and from them weighted and macro F1) and the wrong snippets
     * @throws NullPointerException if an argument is null
     */
    public SnippetScore score(List<GoldArticle> gold, Map<String, List<Event>> predictedByArticleId) {
        Objects.requireNonNull(predictedByArticleId, "predictedByArticleId");
        Map<String, int[]> counts = new TreeMap<>();
        List<Miss> misses = new ArrayList<>();
        int total = 0;
        int correct = 0;
        for (GoldArticle article : gold) {
            if (!article.isSnippet()) {
                continue;
            }
            String want = article.label();
            String got = label(predictedByArticleId.getOrDefault(article.id(), List.of()));
            total++;
            if (want.equals(got)) {
                correct++;
                tally(counts, want)[0]++;
            } else {
                tally(counts, got)[1]++;
                tally(counts, want)[2]++;
                misses.add(new Miss(Miss.Kind.WRONG_LABEL, article.id(), "label", want, got));
            }
        }
        List<LabelScore> labels = new ArrayList<>();
        counts.forEach((label, c) -> labels.add(new LabelScore(label, c[0], c[1], c[2])));
        return new SnippetScore(total, correct, labels, misses);
    }

    /**
     * @param predicted the events predicted for one text
     * @return the sub-event type of the most confident one, or {@link #NONE} when the list is empty
     */
    public String label(List<Event> predicted) {
        Event best = null;
        for (Event event : predicted) {
            if (best == null || event.confidence() > best.confidence()) {
                best = event;
            }
        }
        return best == null ? NONE : best.subEventType();
    }

    private static int[] tally(Map<String, int[]> counts, String label) {
        return counts.computeIfAbsent(label, l -> new int[3]);
    }
}
