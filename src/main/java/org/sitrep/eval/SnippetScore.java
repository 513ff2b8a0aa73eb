package org.sitrep.eval;

import java.util.List;

/**
 * Scores of snippet classification: each labelled text against the sub-event type of its most confident
 * predicted event ({@code NONE} when there is none).
 *
 * @param total   labelled snippets
 * @param correct snippets whose predicted label equals gold
 * @param labels  one entry per label seen in gold or predictions, in alphabetical order ({@code NONE} included)
 * @param misses  one {@link Miss.Kind#WRONG_LABEL} per wrong snippet, in file order
 */
public record SnippetScore(int total, int correct, List<LabelScore> labels, List<Miss> misses) {
    /** Copies the lists. */
    public SnippetScore {
        labels = List.copyOf(labels);
        misses = List.copyOf(misses);
    }

    /** @return correct / total, 0 without snippets */
    public double accuracy() {
        return total == 0 ? 0.0 : (double) correct / total;
    }

    /** @return the F1 of each label weighted by its gold support; 0 without snippets */
    public double weightedF1() {
        double sum = 0;
        int support = 0;
        for (LabelScore label : labels) {
            sum += label.f1() * label.support();
            support += label.support();
        }
        return support == 0 ? 0.0 : sum / support;
    }

    /**
     * @return the plain mean F1 over every label seen in gold or predictions (a label only ever predicted counts
     *         with F1 0); 0 without labels
     */
    public double macroF1() {
        return labels.stream().mapToDouble(LabelScore::f1).average().orElse(0.0);
    }
}
