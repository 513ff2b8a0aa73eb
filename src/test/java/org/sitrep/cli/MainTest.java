package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void noCommandPrintsTheUsageAndExitsWithTheBadUsageCode() {
        CommandRun run = CommandRun.main();
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("Usage: sitrep"), run.err());
        assertTrue(run.err().endsWith("sitrep: name one of the commands above, e.g. 'sitrep extract FILE'"
                + System.lineSeparator()), run.err());
    }

    @Test
    void helpExitsCleanly() {
        CommandRun run = CommandRun.main("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("Usage: sitrep"), run.out());
    }
}
