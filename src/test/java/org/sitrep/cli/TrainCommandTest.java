package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.learn.LinearModel;
import org.sitrep.learn.ModelFile;

class TrainCommandTest {
    @TempDir
    Path dir;

    private static Path tiny() throws URISyntaxException {
        return Path.of(TrainCommandTest.class.getResource("train-tiny.jsonl").toURI());
    }

    @Test
    void fitsAModelOnATinyGoldFileAndChecksIt() throws Exception {
        Path out = dir.resolve("tiny.model.gz");
        CommandRun r = CommandRun.main("train", tiny().toString(), "--out", out.toString(), "--cost", "1",
                "--check", tiny().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(out) > 0);
        LinearModel m = ModelFile.read(out);
        assertEquals("sub-event-typing", m.meta("task"));
        assertEquals("lexical+rules", m.meta("features"));
        assertEquals("all half, 15 sentences", m.meta("trained-on train-tiny.jsonl"));
        assertTrue(r.out().startsWith("model: " + out + ", 3 labels, "), r.out());
        assertTrue(r.out().contains("check " + tiny() + " (all half): 15 sentences, accuracy "), r.out());

        CommandRun check = CommandRun.main("train", "--model", out.toString(), "--check", tiny().toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("check " + tiny() + " (all half): 15 sentences"), check.out());
    }

    @Test
    void fittingWithoutAnOutputFileIsBadUsage() throws Exception {
        CommandRun r = CommandRun.main("train", tiny().toString());
        assertEquals(2, r.code());
        assertEquals("sitrep train: fitting needs --out MODEL, the file to write the model to", r.err().strip());
    }

    @Test
    void aMissingModelIsNamedWithWhatToGive() throws Exception {
        Path missing = dir.resolve("missing.model");
        CommandRun r = CommandRun.main("train", "--model", missing.toString(), "--check", tiny().toString());
        assertEquals(1, r.code());
        assertEquals("sitrep train: model file " + missing + " does not exist: give the path of a model written by"
                + " 'sitrep train'", r.err().strip());
    }

    @Test
    void evalRunsTheLearnedTyperWithTheModelNamed() throws Exception {
        Path out = dir.resolve("tiny.model");
        assertEquals(0, CommandRun.main("train", tiny().toString(), "--out", out.toString(), "--cost", "1").code());
        CommandRun r = CommandRun.main("eval", "--typer", "model", "--model", out.toString(), tiny().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(n 15)"), r.out());
    }
}
