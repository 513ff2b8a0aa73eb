package org.sitrep.learn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@link LinearTrainer} fits a model.
 *
 * @param cost      the inverse strength of the L2 penalty; 0 chooses it by cross-validation among
 *                  {@code costs}
 * @param costs     the candidates cross-validation chooses among
 * @param folds     folds of that cross-validation
 * @param minGroups a feature is kept only when examples of at least this many groups (articles) have it, so
 *                  that no word of a single text is learned or shipped
 * @param epsilon   the solver's stopping tolerance
 * @param weights   a weight per label for the penalty of its errors (1 for labels not named); a label that
 *                  stands for everything else, such as {@code NONE}, may be weighted down so that its many
 *                  varied examples do not outvote a few of a real class
 */
public record TrainerConfig(double cost, List<Double> costs, int folds, int minGroups, double epsilon,
                            Map<String, Double> weights) {
    /** Choose the cost by cross-validation. */
    public static final double DEFAULT_COST = 0;
    /** Candidate costs, a factor of two apart. */
    public static final List<Double> DEFAULT_COSTS = List.of(0.125, 0.25, 0.5, 1.0, 2.0, 4.0);
    /** Five folds. */
    public static final int DEFAULT_FOLDS = 5;
    /** A feature must occur in at least two articles. */
    public static final int DEFAULT_MIN_GROUPS = 2;
    /** liblinear's usual tolerance for logistic regression. */
    public static final double DEFAULT_EPSILON = 0.01;
    /** The defaults. */
    public static final TrainerConfig DEFAULT = new TrainerConfig(DEFAULT_COST, DEFAULT_COSTS, DEFAULT_FOLDS,
            DEFAULT_MIN_GROUPS, DEFAULT_EPSILON, Map.of());

    /** @throws IllegalArgumentException if a setting is out of range */
    public TrainerConfig {
        costs = List.copyOf(costs);
        weights = Map.copyOf(weights);
        if (weights.values().stream().anyMatch(w -> !(w > 0))) {
            throw new IllegalArgumentException("label weights must be positive: " + weights);
        }
        if (cost < 0 || cost == 0 && costs.isEmpty() || costs.stream().anyMatch(c -> !(c > 0))) {
            throw new IllegalArgumentException("the cost must be positive, or 0 with positive candidates");
        }
        if (folds < 2 || minGroups < 1 || !(epsilon > 0)) {
            throw new IllegalArgumentException("folds >= 2, minGroups >= 1 and epsilon > 0 are required");
        }
    }

    /**
     * @param fixed a cost
     * @return this configuration fitting with that cost, no cross-validation
     */
    public TrainerConfig withCost(double fixed) {
        return new TrainerConfig(fixed, costs, folds, minGroups, epsilon, weights);
    }

    /**
     * @param label  a label
     * @param weight the weight of its errors
     * @return this configuration with that label weighted so
     */
    public TrainerConfig withWeight(String label, double weight) {
        Map<String, Double> w = new HashMap<>(weights);
        w.put(label, weight);
        return new TrainerConfig(cost, costs, folds, minGroups, epsilon, w);
    }
}
