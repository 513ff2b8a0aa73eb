package org.sitrep.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearTrainerTest {
    /** Three labels told apart by one word each, with a shared word and one seen in a single article. */
    private static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            out.add(new Example(List.of("w=shot", "w=police"), "Attack", "a" + i));
            out.add(new Example(List.of("w=march", "w=police"), "Peaceful protest", "p" + i));
            out.add(new Example(List.of("w=film", "w=police"), "NONE", "n" + i));
        }
        out.add(new Example(List.of("w=shot", "w=zanzibar"), "Attack", "once"));
        return out;
    }

    @Test
    void learnsWordsThatTellTheLabelsApart() {
        LinearTrainer.Fit fit = new LinearTrainer(TrainerConfig.DEFAULT).fit(examples(), Map.of("task", "demo"));
        LinearModel m = fit.model();
        assertEquals(List.of("Attack", "NONE", "Peaceful protest"), m.labels());
        assertEquals("Attack", m.predict(List.of("w=shot")).best());
        assertEquals("Peaceful protest", m.predict(List.of("w=march", "w=unknown")).best());
        assertEquals("NONE", m.predict(List.of("w=film")).best());
        assertEquals(TrainerConfig.DEFAULT_COSTS.size(), fit.accuracy().size());
        assertEquals("demo", m.meta("task"));
    }

    @Test
    void keepsNoFeatureOfASingleArticle() {
        LinearModel m = new LinearTrainer(TrainerConfig.DEFAULT).fit(examples(), Map.of()).model();
        assertFalse(m.weights().containsKey("w=zanzibar"));
        assertTrue(m.weights().containsKey("w=shot"));
    }

    @Test
    void fittingTwiceGivesTheSameModel() {
        LinearTrainer t = new LinearTrainer(TrainerConfig.DEFAULT.withCost(1.0));
        assertEquals(t.fit(examples(), Map.of()).model(), t.fit(examples(), Map.of()).model());
    }

    @Test
    void probabilitiesSumToOne() {
        LinearModel m = new LinearTrainer(TrainerConfig.DEFAULT.withCost(1.0)).fit(examples(), Map.of()).model();
        double sum = 0;
        for (double p : m.predict(List.of("w=shot", "w=march")).probabilities()) {
            sum += p;
        }
        assertEquals(1.0, sum, 1e-9);
    }

    @Test
    void oneLabelIsNotEnoughToFit() {
        List<Example> one = List.of(new Example(List.of("w=a"), "NONE", "x"), new Example(List.of("w=b"), "NONE", "y"));
        ModelException e = assertThrows(ModelException.class,
                () -> new LinearTrainer(TrainerConfig.DEFAULT).fit(one, Map.of()));
        assertEquals("cannot fit a classifier on 2 examples of 1 label(s): the training files need at least two"
                + " labels", e.getMessage());
    }

    @Test
    void twoLabelsMakeAModelWithAWeightForEach() {
        List<Example> two = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            two.add(new Example(List.of("w=shot"), "Attack", "a" + i));
            two.add(new Example(List.of("w=film"), "NONE", "n" + i));
        }
        LinearModel m = new LinearTrainer(TrainerConfig.DEFAULT.withCost(1.0)).fit(two, Map.of()).model();
        assertEquals("Attack", m.predict(List.of("w=shot")).best());
        assertEquals("NONE", m.predict(List.of("w=film")).best());
    }

    @Test
    void aLabelWeightedDownLosesTheSentencesItShares() {
        List<Example> mixed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            mixed.add(new Example(List.of("w=police"), "Arrests", "a" + i));
            mixed.add(new Example(List.of("w=police"), "NONE", "n" + i));
            mixed.add(new Example(List.of("w=police"), "NONE", "m" + i));
        }
        TrainerConfig fixed = TrainerConfig.DEFAULT.withCost(1.0);
        assertEquals("NONE", new LinearTrainer(fixed).fit(mixed, Map.of()).model().predict(List.of("w=police")).best());
        assertEquals("Arrests", new LinearTrainer(fixed.withWeight("NONE", 0.25)).fit(mixed, Map.of()).model()
                .predict(List.of("w=police")).best());
    }
}
