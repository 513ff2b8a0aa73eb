package org.sitrep.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits a {@link LinearModel} with liblinear's L2-regularised logistic regression (one versus the rest), the
 * cost chosen by cross-validation unless fixed. Fitting is deterministic: the same examples in the same order
 * give the same model.
 */
public final class LinearTrainer {
    private final TrainerConfig config;

    /** @param config how to fit */
    public LinearTrainer(TrainerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * What fitting produced: the model and the cross-validated accuracy of each candidate cost.
     *
     * @param model    the fitted model
     * @param cost     the cost it was fitted with
     * @param accuracy cross-validated accuracy by candidate cost; empty when the cost was fixed
     */
    public record Fit(LinearModel model, double cost, Map<Double, Double> accuracy) {
    }

    /**
     * @param examples the labelled examples; at least two labels must occur
     * @param metadata what to record in the model about its purpose and data
     * @return the fitted model
     * @throws ModelException if there are no examples or only one label
     */
    public Fit fit(List<Example> examples, Map<String, String> metadata) {
        List<String> labels = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::label).toList()));
        if (labels.size() < 2) {
            throw new ModelException("cannot fit a classifier on " + examples.size() + " examples of "
                    + labels.size() + " label(s): the training files need at least two labels", null);
        }
        List<String> features = kept(examples);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            index.put(features.get(i), i + 1);
        }
        Problem problem = problem(examples, labels, index);
        Linear.disableDebugOutput();
        Map<Double, Double> accuracy = new LinkedHashMap<>();
        double cost = config.cost();
        if (cost == 0) {
            double best = -1;
            for (double c : config.costs()) {
                Linear.resetRandom();
                double[] target = new double[problem.l];
                Linear.crossValidation(problem, parameter(c, labels), config.folds(), target);
                int right = 0;
                for (int i = 0; i < problem.l; i++) {
                    right += target[i] == problem.y[i] ? 1 : 0;
                }
                double acc = right / (double) problem.l;
                accuracy.put(c, acc);
                if (acc > best) {
                    best = acc;
                    cost = c;
                }
            }
        }
        Linear.resetRandom();
        Model m = Linear.train(problem, parameter(cost, labels));
        return new Fit(toModel(m, labels, features, metadata), cost, accuracy);
    }

    private Parameter parameter(double cost, List<String> labels) {
        Parameter p = new Parameter(SolverType.L2R_LR, cost, config.epsilon());
        if (!config.weights().isEmpty()) {
            double[] w = new double[labels.size()];
            int[] which = new int[labels.size()];
            for (int k = 0; k < w.length; k++) {
                which[k] = k;
                w[k] = config.weights().getOrDefault(labels.get(k), 1.0);
            }
            p.setWeights(w, which);
        }
        return p;
    }

    /** Features seen in at least {@code minGroups} groups, sorted so that the index does not depend on order. */
    private List<String> kept(List<Example> examples) {
        Map<String, Set<String>> groups = new TreeMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                groups.computeIfAbsent(f, k -> new HashSet<>()).add(e.group());
            }
        }
        List<String> out = new ArrayList<>();
        groups.forEach((f, g) -> {
            if (g.size() >= config.minGroups()) {
                out.add(f);
            }
        });
        return out;
    }

    private static Problem problem(List<Example> examples, List<String> labels, Map<String, Integer> index) {
        Problem p = new Problem();
        p.l = examples.size();
        p.n = index.size() + 1;
        p.bias = 1.0;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            Example e = examples.get(i);
            TreeSet<Integer> present = new TreeSet<>();
            for (String f : e.features()) {
                Integer k = index.get(f);
                if (k != null) {
                    present.add(k);
                }
            }
            Feature[] row = new Feature[present.size() + 1];
            int j = 0;
            for (int k : present) {
                row[j++] = new FeatureNode(k, 1.0);
            }
            row[j] = new FeatureNode(p.n, 1.0);
            p.x[i] = row;
            p.y[i] = labels.indexOf(e.label());
        }
        return p;
    }

    /**
     * liblinear keeps one weight vector per class (a single one when there are two), feature-major, the bias
     * last; the classes in the order it met them.
     */
    private static LinearModel toModel(Model m, List<String> labels, List<String> features,
                                       Map<String, String> metadata) {
        int[] order = m.getLabels();
        int classes = labels.size();
        int vectors = classes == 2 ? 1 : classes;
        double[] w = m.getFeatureWeights();
        double[] bias = new double[classes];
        Map<String, double[]> weights = new HashMap<>();
        for (int f = 0; f <= features.size(); f++) {
            double[] row = new double[classes];
            boolean any = false;
            for (int v = 0; v < vectors; v++) {
                double x = w[f * vectors + v];
                if (classes == 2) {
                    row[order[0]] = x;
                    row[order[1]] = -x;
                } else {
                    row[order[v]] = x;
                }
                any |= Math.abs(x) >= 0.5 * Math.pow(10, -ModelFile.DIGITS);
            }
            if (f == features.size()) {
                bias = row;
            } else if (any) {
                weights.put(features.get(f), row);
            }
        }
        return new LinearModel(labels, bias, weights, metadata);
    }
}
