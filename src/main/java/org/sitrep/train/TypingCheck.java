package org.sitrep.train;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.extract.SubEventType;
import org.sitrep.extract.TypingFeatures;
import org.sitrep.learn.Example;
import org.sitrep.learn.LinearModel;
import org.sitrep.learn.Prediction;

/**
 * How a typing model does on labelled sentences it was not fitted on: accuracy, F1 per label weighted by
 * support, and whether a sentence reports an event at all (any label but {@code NONE}).
 *
 * @param examples  how many sentences were scored
 * @param correct   how many got their label
 * @param weightedF1 F1 per label weighted by gold support
 * @param eventPrecision of sentences given an event label, the share that have one
 * @param eventRecall    of sentences that have an event label, the share given one
 */
public record TypingCheck(int examples, int correct, double weightedF1, double eventPrecision, double eventRecall) {
    /**
     * @param model    the model
     * @param examples labelled sentences
     * @return the scores; zeros when there are no examples
     */
    public static TypingCheck score(LinearModel model, List<Example> examples) {
        return score(e -> model.predict(e.features()).best(), examples);
    }

    /**
     * What the rules alone decided for the same sentences, read from the rule features of a
     * {@code lexical+rules} example ({@code NONE} where they decided nothing): the baseline a model must beat.
     *
     * @param examples labelled sentences with rule features
     * @return the scores of the rules' own decisions
     */
    public static TypingCheck rules(List<Example> examples) {
        return score(TypingCheck::rules, examples);
    }

    /**
     * The rules deciding whether a sentence reports an event and the model deciding its type: the most probable
     * label other than {@code NONE} wherever the rules found a trigger.
     *
     * @param model    the model
     * @param examples labelled sentences with rule features
     * @return the scores of that division of labour
     */
    public static TypingCheck rulesDetectModelTypes(LinearModel model, List<Example> examples) {
        return score(e -> {
            if (rules(e).equals(TypingFeatures.NONE)) {
                return TypingFeatures.NONE;
            }
            Prediction p = model.predict(e.features());
            String best = null;
            for (int k = 0; k < p.labels().size(); k++) {
                String l = p.labels().get(k);
                if (!l.equals(TypingFeatures.NONE) && (best == null || p.probabilities()[k] > p.probability(best))) {
                    best = l;
                }
            }
            return best;
        }, examples);
    }

    private static String rules(Example e) {
        return e.features().stream().filter(f -> f.startsWith("rule=") && !f.equals("rule=none")).findFirst()
                .map(f -> SubEventType.valueOf(f.substring(5)).label())
                .orElse(TypingFeatures.NONE);
    }

    private static TypingCheck score(Function<Example, String> decide, List<Example> examples) {
        Map<String, int[]> counts = new TreeMap<>();
        int correct = 0;
        int predictedEvents = 0;
        int goldEvents = 0;
        int bothEvents = 0;
        for (Example e : examples) {
            String got = decide.apply(e);
            boolean right = got.equals(e.label());
            correct += right ? 1 : 0;
            counts.computeIfAbsent(e.label(), k -> new int[3])[2]++;
            counts.computeIfAbsent(got, k -> new int[3])[1]++;
            if (right) {
                counts.get(got)[0]++;
            }
            boolean gotEvent = !got.equals(TypingFeatures.NONE);
            boolean isEvent = !e.label().equals(TypingFeatures.NONE);
            predictedEvents += gotEvent ? 1 : 0;
            goldEvents += isEvent ? 1 : 0;
            bothEvents += gotEvent && isEvent ? 1 : 0;
        }
        double weighted = 0;
        for (int[] c : counts.values()) {
            double p = c[1] == 0 ? 0 : c[0] / (double) c[1];
            double r = c[2] == 0 ? 0 : c[0] / (double) c[2];
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            weighted += examples.isEmpty() ? 0 : f * c[2] / examples.size();
        }
        return new TypingCheck(examples.size(), correct, weighted,
                predictedEvents == 0 ? 0 : bothEvents / (double) predictedEvents,
                goldEvents == 0 ? 0 : bothEvents / (double) goldEvents);
    }

    /** @return the share of sentences that got their label */
    public double accuracy() {
        return examples == 0 ? 0 : correct / (double) examples;
    }

    /** @return one line: counts, accuracy, weighted F1 and event precision and recall */
    public String line() {
        return String.format(Locale.ROOT, "%d sentences, accuracy %.3f, weighted F1 %.3f, event P %.3f R %.3f",
                examples, accuracy(), weightedF1, eventPrecision, eventRecall);
    }
}
