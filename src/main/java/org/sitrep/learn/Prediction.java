package org.sitrep.learn;

import java.util.List;

/**
 * A classifier's answer for one instance.
 *
 * @param labels        the model's labels, in its order
 * @param probabilities the probability of each label, same order, summing to 1
 */
public record Prediction(List<String> labels, double[] probabilities) {
    /** @return the most probable label (the first of equals) */
    public String best() {
        return labels.get(bestIndex());
    }

    /** @return the probability of {@link #best()} */
    public double bestProbability() {
        return probabilities[bestIndex()];
    }

    /**
     * @param label a label of the model
     * @return its probability, or 0 for a label the model does not know
     */
    public double probability(String label) {
        int i = labels.indexOf(label);
        return i < 0 ? 0.0 : probabilities[i];
    }

    private int bestIndex() {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return best;
    }
}
