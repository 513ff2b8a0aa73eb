package org.sitrep.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Event;
import org.sitrep.stage.StageException;

class DedupStagesTest {
    /** A matcher that takes nothing for one event, as a stand-in for a learned one. */
    public static final class NeverSame implements EventMatcher {
        @Override
        public Verdict judge(Candidate stored, Event report, LocalDate published) {
            return Verdict.no("never");
        }
    }

    @Test
    void givesTodaysRulesByDefault() {
        assertEquals("RuleEventMatcher", DedupStages.matcher(DedupConfig.DEFAULT).getClass().getSimpleName(),
                "the default matcher is the rules");
        assertEquals("RuleEventFusion", DedupStages.fusion(DedupConfig.DEFAULT).getClass().getSimpleName(),
                "the default fusion is the rules");
    }

    @Test
    void createsAMatcherNamedByItsClass() {
        DedupConfig config = DedupConfig.DEFAULT.withMatcher(NeverSame.class.getName());
        assertInstanceOf(NeverSame.class, DedupStages.matcher(config), "a class name picks the implementation");
    }

    @Test
    void refusesANameThatIsNoSuchStage() {
        DedupConfig config = DedupConfig.DEFAULT.withFusion(NeverSame.class.getName());
        StageException e = assertThrows(StageException.class, () -> DedupStages.fusion(config));
        assertEquals("EventFusion '" + NeverSame.class.getName()
                + "': the class does not implement org.sitrep.dedup.EventFusion", e.getMessage());
    }

    @Test
    void refusesAnUnknownName() {
        StageException e = assertThrows(StageException.class,
                () -> DedupStages.matcher(DedupConfig.DEFAULT.withMatcher("learned")));
        assertEquals("EventMatcher 'learned' is not a built-in implementation (rules) nor a fully qualified class name",
                e.getMessage());
    }
}
