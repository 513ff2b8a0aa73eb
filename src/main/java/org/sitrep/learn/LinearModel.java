package org.sitrep.learn;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A one-versus-rest logistic-regression classifier over binary named features: each label scores the sum of
 * its weights for the features present plus its bias, and the probabilities are the labels' logistic scores
 * normalised to sum to 1. Features the model has never seen are ignored. Immutable and thread-safe.
 *
 * @param labels   the labels, in a fixed order
 * @param bias     each label's bias, same order
 * @param weights  for each known feature, its weight for each label (same order)
 * @param metadata what the model is for and how it was made (task, feature set, training data), by key; the
 *                 readers that use a model check the keys they depend on
 */
public record LinearModel(List<String> labels, double[] bias, Map<String, double[]> weights,
                          Map<String, String> metadata) {
    /** @throws IllegalArgumentException if the labels repeat or a weight vector has the wrong length */
    public LinearModel {
        labels = List.copyOf(labels);
        if (labels.isEmpty() || new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("labels must be distinct and not empty: " + labels);
        }
        if (bias.length != labels.size()) {
            throw new IllegalArgumentException("bias has " + bias.length + " weights for " + labels.size()
                    + " labels");
        }
        bias = bias.clone();
        Map<String, double[]> copy = new HashMap<>(weights.size() * 2);
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            if (e.getValue().length != labels.size()) {
                throw new IllegalArgumentException("feature '" + e.getKey() + "' has " + e.getValue().length
                        + " weights for " + labels.size() + " labels");
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        weights = Map.copyOf(copy);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /**
     * @param features the instance's feature names (repeats count once)
     * @return the label probabilities
     */
    public Prediction predict(Collection<String> features) {
        double[] score = bias.clone();
        Set<String> seen = new HashSet<>();
        for (String f : features) {
            double[] w = weights.get(f);
            if (w != null && seen.add(f)) {
                for (int k = 0; k < score.length; k++) {
                    score[k] += w[k];
                }
            }
        }
        double sum = 0;
        for (int k = 0; k < score.length; k++) {
            score[k] = 1.0 / (1.0 + Math.exp(-score[k]));
            sum += score[k];
        }
        for (int k = 0; k < score.length; k++) {
            score[k] /= sum;
        }
        return new Prediction(labels, score);
    }

    /**
     * @param key a metadata key
     * @return its value, or null
     */
    public String meta(String key) {
        return metadata.get(key);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LinearModel m) || !labels.equals(m.labels) || !Arrays.equals(bias, m.bias)
                || !metadata.equals(m.metadata) || !weights.keySet().equals(m.weights.keySet())) {
            return false;
        }
        return weights.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), m.weights.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return Objects.hash(labels, metadata, weights.keySet());
    }

    @Override
    public String toString() {
        return "LinearModel[" + labels.size() + " labels, " + weights.size() + " features, " + metadata + "]";
    }
}
