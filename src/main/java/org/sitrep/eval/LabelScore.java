package org.sitrep.eval;

import java.util.Objects;
import org.sitrep.eval.internal.Ratios;

/**
 * The counts of one snippet label.
 *
 * @param label          a sub-event type, or {@code NONE}
 * @param truePositives  snippets of this gold label predicted as it
 * @param falsePositives snippets of another gold label predicted as it
 * @param falseNegatives snippets of this gold label predicted as something else
 */
public record LabelScore(String label, int truePositives, int falsePositives, int falseNegatives) {
    /** @throws NullPointerException if label is null */
    public LabelScore {
        Objects.requireNonNull(label, "label");
    }

    /** @return gold snippets with this label */
    public int support() {
        return truePositives + falseNegatives;
    }

    /** @return tp / (tp + fp), 0 when the label was never predicted */
    public double precision() {
        return Ratios.ratio(truePositives, truePositives + falsePositives);
    }

    /** @return tp / (tp + fn), 0 when the label has no gold snippet */
    public double recall() {
        return Ratios.ratio(truePositives, support());
    }

    /** @return harmonic mean of precision and recall, 0 when both are 0 */
    public double f1() {
        return Ratios.f1(precision(), recall());
    }
}
