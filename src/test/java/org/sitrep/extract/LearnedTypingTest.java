package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.TestSitrep;
import org.sitrep.article.Article;
import org.sitrep.lang.Language;
import org.sitrep.learn.LinearModel;
import org.sitrep.learn.ModelException;
import org.sitrep.learn.ModelFile;
import org.sitrep.stage.StageContext;

class LearnedTypingTest {
    private static final String REPORT = "Three rockets struck the Green Zone in Baghdad on Sunday, killing two guards.";
    private static final String FILM = "Three rockets struck the hero's base in the film, which opened on Sunday.";

    @TempDir
    Path dir;

    /** A model that reads rockets as an air strike unless a film is mentioned. */
    private Path model(String task, String features) {
        LinearModel m = new LinearModel(List.of("NONE", "Air/drone strike"), new double[] {0, -1},
                Map.of("w=rocket", new double[] {-2, 3}, "w=film", new double[] {6, -3}),
                Map.of(TypingFeatures.TASK_KEY, task, TypingFeatures.FEATURES_KEY, features));
        Path file = dir.resolve("typing.model");
        ModelFile.write(m, file);
        return file;
    }

    private static Readers readers(Map<String, String> settings) {
        SitrepConfig d = SitrepConfig.DEFAULT;
        return Readers.create(ExtractConfig.DEFAULT.withSubEventTyper(ExtractConfig.MODEL),
                new StageContext(Language.english(), settings),
                new Readers.RuleSettings(d.casualties(), d.actors(), d.dates(), w -> Optional.empty()));
    }

    private static List<Event> extract(Readers readers, String text) {
        Sitrep sitrep = TestSitrep.get();
        EventExtractor extractor = new EventExtractor(readers, sitrep.geocoder(), Language.english());
        return extractor.extract(sitrep.annotate(Article.of("learned-test", LocalDate.of(2020, 12, 21), text)));
    }

    @Test
    void theLearnedTyperTypesBySentenceTheModelTheSettingNames() {
        Readers r = readers(Map.of(Readers.MODEL_SETTING, model(TypingFeatures.TASK, "lexical").toString()));
        List<Event> events = extract(r, REPORT);
        assertEquals(1, events.size());
        assertEquals(SubEventType.AIR_DRONE_STRIKE.label(), events.get(0).subEventType());
    }

    @Test
    void aSentenceTheModelCallsNoneGivesNoEvent() {
        Readers r = readers(Map.of(Readers.MODEL_SETTING, model(TypingFeatures.TASK, "lexical").toString()));
        assertEquals(List.of(), extract(r, FILM));
    }

    @Test
    void theBundledModelLoadsWhenNoFileIsNamed() {
        Readers r = readers(Map.of());
        assertEquals("LearnedTyper", r.typer().getClass().getSimpleName());
        for (Event e : extract(r, REPORT)) {
            assertTrue(SubEventType.fromLabel(e.subEventType()).isPresent(), e.subEventType());
        }
    }

    @Test
    void aMissingModelFileStopsTheSetUpWithItsName() {
        Path missing = dir.resolve("none.model");
        ModelException e = assertThrows(ModelException.class,
                () -> readers(Map.of(Readers.MODEL_SETTING, missing.toString())));
        assertEquals("model file " + missing + " does not exist: give the path of a model written by 'sitrep train'",
                e.getMessage());
    }

    @Test
    void aModelForAnotherTaskIsRefused() {
        Path file = model("casualty-counting", "lexical");
        ModelException e = assertThrows(ModelException.class,
                () -> readers(Map.of(Readers.MODEL_SETTING, file.toString())));
        assertEquals(file + " is a model for 'casualty-counting', not sub-event-typing: give a model written by"
                + " 'sitrep train'", e.getMessage());
    }

    @Test
    void aModelOfUnknownFeaturesIsRefused() throws Exception {
        Path file = model(TypingFeatures.TASK, "embeddings");
        ModelException e = assertThrows(ModelException.class,
                () -> readers(Map.of(Readers.MODEL_SETTING, file.toString())));
        assertEquals(file + ": unknown feature set 'embeddings' (lexical, lexical+rules)", e.getMessage());
        assertTrue(Files.exists(file));
    }
}
