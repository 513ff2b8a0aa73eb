package org.sitrep.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitrep.lang.Language;

class StagesTest {
    /** A stage of this test's own. */
    public interface Greeter {
        String greet();
    }

    /** An implementation created with the context. */
    public static final class ContextGreeter implements Greeter {
        private final String word;

        public ContextGreeter(StageContext context) {
            this.word = context.setting("greeting").orElse("hello") + " in " + context.language().code();
        }

        @Override
        public String greet() {
            return word;
        }
    }

    /** An implementation with no constructor arguments. */
    public static final class PlainGreeter implements Greeter {
        @Override
        public String greet() {
            return "hi";
        }
    }

    /** An implementation whose constructor fails. */
    public static final class BrokenGreeter implements Greeter {
        public BrokenGreeter() {
            throw new IllegalStateException("model file missing");
        }

        @Override
        public String greet() {
            return "";
        }
    }

    private static final Greeter RULES = () -> "rules";
    private static final Map<String, Function<StageContext, ? extends Greeter>> BUILT_INS = Map.of(Stages.RULES,
            c -> RULES);
    private static final StageContext CONTEXT = new StageContext(Language.english(), Map.of("greeting", "salaam"));

    @Test
    void aBuiltInNameGivesTheBuiltInImplementation() {
        assertSame(RULES, Stages.create(Greeter.class, "rules", BUILT_INS, CONTEXT));
    }

    @Test
    void aClassNameGivesANewInstanceCreatedWithTheContext() {
        Greeter g = Stages.create(Greeter.class, ContextGreeter.class.getName(), BUILT_INS, CONTEXT);
        assertInstanceOf(ContextGreeter.class, g);
        assertEquals("salaam in en", g.greet());
    }

    @Test
    void aClassWithOnlyANoArgumentConstructorIsCreatedWithIt() {
        assertEquals("hi", Stages.create(Greeter.class, PlainGreeter.class.getName(), BUILT_INS, CONTEXT).greet());
    }

    @Test
    void anUnknownShortNameListsTheBuiltIns() {
        StageException e = assertThrows(StageException.class,
                () -> Stages.create(Greeter.class, "learned", BUILT_INS, CONTEXT));
        assertEquals("Greeter 'learned' is not a built-in implementation (rules) nor a fully qualified class name",
                e.getMessage());
    }

    @Test
    void aMissingClassIsNamed() {
        StageException e = assertThrows(StageException.class,
                () -> Stages.create(Greeter.class, "org.example.NoSuchTyper", BUILT_INS, CONTEXT));
        assertEquals("Greeter 'org.example.NoSuchTyper': no such class on the classpath; check the name or add its jar",
                e.getMessage());
    }

    @Test
    void aClassOfAnotherStageIsRefused() {
        StageException e = assertThrows(StageException.class,
                () -> Stages.create(Greeter.class, String.class.getName(), BUILT_INS, CONTEXT));
        assertEquals("Greeter 'java.lang.String': the class does not implement " + Greeter.class.getName(),
                e.getMessage());
    }

    @Test
    void aFailingConstructorIsReportedWithItsCause() {
        StageException e = assertThrows(StageException.class,
                () -> Stages.create(Greeter.class, BrokenGreeter.class.getName(), BUILT_INS, CONTEXT));
        assertEquals("Greeter '" + BrokenGreeter.class.getName()
                + "': its constructor failed: java.lang.IllegalStateException: model file missing", e.getMessage());
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }
}
