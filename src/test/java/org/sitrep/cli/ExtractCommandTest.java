package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep extract} on bad input: each failure is named on stderr, the batch goes on, and the exit
 * code says whether anything failed.
 */
class ExtractCommandTest {
    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.main(args);
    }

    @Test
    void namesAMissingPathAndExitsWithOne() {
        Path missing = dir.resolve("nowhere.txt");
        CommandRun r = run("extract", missing.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("cannot read '" + missing + "': no such file or directory"), r.err());
        assertTrue(r.err().contains("articles read: 0, events: 0, failures: 1"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void rejectsAnUnknownPublishedFormatAsBadUsage() {
        CommandRun r = run("extract", "--published", "last tuesday", dir.toString());
        assertEquals(2, r.code());
        assertEquals("sitrep extract: --published: unknown date format 'last tuesday': use YYYY-MM-DD or an ISO 8601"
                + " date-time", r.err().strip());
    }

    @Test
    void reportsEmptyAndBinaryFilesAndCarriesOn() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("blob.txt"), new byte[] {0, 1, 2, 3, 0, 5, 6, 7, 0});
        CommandRun r = run("extract", empty.toString(), binary.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("'" + empty + "' is empty: nothing to extract"), r.err());
        assertTrue(r.err().contains("'" + binary + "' looks like a binary file, not text or HTML: skipped"), r.err());
        assertTrue(r.err().contains("failures: 2"), r.err());
    }

    @Test
    void refusesAFiftyMegabyteFileWithoutReadingIt() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(52_400_000L);
        }
        CommandRun r = run("extract", big.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("'" + big + "' is 52.4 MB, over the 10 MB limit for one article: split it or"
                + " raise --max-bytes"), r.err());
    }

    @Test
    void skipsMalformedJsonLinesAndExtractsTheRest() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("batch.jsonl"), String.join("\n",
                "{\"id\": \"a1\", \"published\": \"2021-03-10\", \"text\": \"A roadside bomb exploded under a police"
                        + " vehicle in Kandahar on Monday, killing three officers.\"}",
                "{\"id\": \"a2\", \"text\": ",
                "{\"id\": \"a3\", \"title\": \"no body\"}",
                ""));
        CommandRun r = run("extract", "--threads", "1", jsonl.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("'" + jsonl + "' line 2: not valid JSON"), r.err());
        assertTrue(r.err().contains("'" + jsonl + "' line 3: no \"text\" or \"html\" field: line skipped"), r.err());
        assertTrue(r.err().contains("articles read: 1, events: 1, failures: 2"), r.err());
        assertTrue(r.out().contains("\"sub_event_type\":\"Remote explosive/landmine/IED\""), r.out());
        assertTrue(r.out().contains("\"event_date\":\"2021-03-08\""), "Monday before 2021-03-10: " + r.out());
        assertTrue(r.out().contains("\"fatalities\":3"), r.out());
    }
}
