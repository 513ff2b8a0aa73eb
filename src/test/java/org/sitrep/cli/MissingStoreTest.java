package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the commands that fill a store may create one; the readers name a mistyped --db. */
class MissingStoreTest {
    private static void refusedWithoutCreating(Path dir, String... command) {
        Path typo = dir.resolve("typo.db");
        String[] args = new String[command.length + 2];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--db";
        args[command.length + 1] = typo.toString();
        CommandRun run = CommandRun.main(args);
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("--db: there is no store at " + typo + "; check the path, or fill a new store"
                + " with 'sitrep ingest --db " + typo + " PATH...'"), run.err());
        assertFalse(Files.exists(typo), "no store may be created by " + command[0]);
    }

    @Test
    void queryNamesAStoreThatDoesNotExist(@TempDir Path dir) {
        refusedWithoutCreating(dir, "query");
    }

    @Test
    void exportNamesAStoreThatDoesNotExist(@TempDir Path dir) {
        refusedWithoutCreating(dir, "export", "--format", "csv");
    }

    @Test
    void showNamesAStoreThatDoesNotExist(@TempDir Path dir) {
        refusedWithoutCreating(dir, "show", "EV-1");
    }
}
