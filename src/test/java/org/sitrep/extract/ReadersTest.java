package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.TestSitrep;
import org.sitrep.article.Article;
import org.sitrep.lang.Language;
import org.sitrep.stage.StageContext;
import org.sitrep.stage.StageException;
import org.sitrep.text.Token;

class ReadersTest {
    private static final String REPORT = "Three rockets struck the Green Zone in Baghdad on Sunday, killing two guards.";

    /** A typer of the test's own, standing in for a learned one: it types every trigger word as an air strike. */
    public static final class AirStrikeTyper implements SubEventTyper {
        private final String marker;

        public AirStrikeTyper(StageContext context) {
            this.marker = context.setting("typer.marker").orElse("none");
        }

        String marker() {
            return marker;
        }

        @Override
        public List<Trigger> type(List<Token> tokens, List<CueMatch> cues) {
            return cues.stream().filter(c -> c.cue().isTrigger()).findFirst()
                    .map(c -> List.of(new Trigger(SubEventType.AIR_DRONE_STRIKE, Trigger.Group.VIOLENCE, c.first(),
                            c.last(), true)))
                    .orElse(List.of());
        }
    }

    private static Readers readers(ExtractConfig config) {
        SitrepConfig defaults = SitrepConfig.DEFAULT;
        return Readers.create(config, new StageContext(Language.english(), Map.of("typer.marker", "test")),
                new Readers.RuleSettings(defaults.casualties(), defaults.actors(), defaults.dates(), w -> Optional.empty()));
    }

    private static List<Event> extract(Readers readers) {
        Sitrep sitrep = TestSitrep.get();
        EventExtractor extractor = new EventExtractor(readers, sitrep.geocoder(), Language.english());
        return extractor.extract(sitrep.annotate(Article.of("readers-test", LocalDate.of(2020, 12, 21), REPORT)));
    }

    @Test
    void theDefaultConfigurationRunsTheRulesOfEveryStage() {
        Readers r = readers(ExtractConfig.DEFAULT);
        for (Object stage : List.of(r.detector(), r.typer(), r.factuality(), r.roles(), r.actors(), r.casualties(),
                r.weapon(), r.dates(), r.merger())) {
            String name = stage.getClass().getName();
            assertTrue(name.startsWith("org.sitrep."), name);
        }
        assertEquals(SubEventType.SHELLING.label(), extract(r).get(0).subEventType());
    }

    @Test
    void aTyperNamedInTheConfigurationIsTheOneTheExtractorRuns() {
        Readers r = readers(ExtractConfig.DEFAULT.withSubEventTyper(AirStrikeTyper.class.getName()));
        assertEquals("test", assertInstanceOf(AirStrikeTyper.class, r.typer()).marker(), "created with the settings");
        List<Event> events = extract(r);
        assertFalse(events.isEmpty());
        assertEquals(SubEventType.AIR_DRONE_STRIKE.label(), events.get(0).subEventType());
    }

    @Test
    void aStageThatCannotBeCreatedStopsTheSetUpWithItsName() {
        StageException e = assertThrows(StageException.class,
                () -> readers(ExtractConfig.DEFAULT.withCasualties("org.example.LearnedCounts")));
        assertEquals("CasualtyReader 'org.example.LearnedCounts': no such class on the classpath; check the name or"
                + " add its jar", e.getMessage());
    }
}
