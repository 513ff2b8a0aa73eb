package org.sitrep.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    @TempDir
    Path dir;

    private static LinearModel model() {
        return new LinearModel(List.of("NONE", "Attack"), new double[] {0.5, -0.5},
                Map.of("w=stab", new double[] {-1.25, 1.25}, "w=vigil", new double[] {2.0, 0.0}),
                Map.of("task", "demo"));
    }

    private static LinearModel parse(String text) {
        return ModelFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "m.model");
    }

    @Test
    void aWrittenModelReadsBackTheSame() {
        for (String name : List.of("m.model", "m.model.gz")) {
            Path file = dir.resolve(name);
            ModelFile.write(model(), file);
            assertEquals(model(), ModelFile.read(file));
        }
    }

    @Test
    void theFileListsFeaturesSortedWithOnlyNonZeroWeights() throws IOException {
        Path file = dir.resolve("m.model");
        ModelFile.write(model(), file);
        assertEquals(List.of("sitrep-linear-model\t1", "meta\ttask\tdemo", "labels\tNONE\tAttack",
                "bias\t0.5000\t-0.5000", "w=stab\t0:-1.2500\t1:1.2500", "w=vigil\t0:2.0000"),
                Files.readAllLines(file));
    }

    @Test
    void aMissingFileIsNamedWithWhatToGive() {
        Path file = dir.resolve("nowhere.model");
        ModelException e = assertThrows(ModelException.class, () -> ModelFile.read(file));
        assertEquals("model file " + file + " does not exist: give the path of a model written by 'sitrep train'",
                e.getMessage());
    }

    @Test
    void aFileOfAnotherKindIsRefused() {
        ModelException e = assertThrows(ModelException.class, () -> parse("{\"id\": \"a\"}\n"));
        assertEquals("m.model is not a Sitrep model file (its first line should be 'sitrep-linear-model<TAB>1'):"
                + " give a model written by 'sitrep train'", e.getMessage());
    }

    @Test
    void aModelOfAnotherVersionAsksToFitAgain() {
        ModelException e = assertThrows(ModelException.class, () -> parse("sitrep-linear-model\t2\n"));
        assertEquals("m.model is a model of format version 2; this Sitrep reads version 1: fit it again with"
                + " 'sitrep train'", e.getMessage());
    }

    @Test
    void aFileCutShortSaysSo() {
        ModelException e = assertThrows(ModelException.class,
                () -> parse("sitrep-linear-model\t1\nlabels\tNONE\tAttack\n"));
        assertEquals("m.model ends before its labels and bias: the file is cut short; write it again with"
                + " 'sitrep train'", e.getMessage());
    }

    @Test
    void aBadWeightNamesItsLine() {
        ModelException e = assertThrows(ModelException.class,
                () -> parse("sitrep-linear-model\t1\nlabels\tNONE\tAttack\nbias\t0\t0\nw=x\t7:1.0\n"));
        assertEquals("m.model line 4: label index 7 is outside 0..1", e.getMessage());
    }
}
