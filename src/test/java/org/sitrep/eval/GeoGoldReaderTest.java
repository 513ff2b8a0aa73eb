package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoGoldReaderTest {
    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsSpansWithoutCoordinatesWhenOnlySpansAreAsked() {
        List<GeoDocument> docs = new GeoGoldReader().readSpans(Path.of("src/test/resources/geo/spans.jsonl"));
        assertEquals(2, docs.size(), "documents");
        GeoToponym kabul = docs.get(0).toponyms().get(0);
        assertEquals("Kabul", kabul.text(), "the span's text");
        assertNull(kabul.latitude(), "no coordinates given");
        assertEquals(62.2, docs.get(0).toponyms().get(1).longitude(), 1e-9, "Herat's longitude");
    }

    @Test
    void refusesAGoldToponymWithoutCoordinates() {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> new GeoGoldReader().read(Path.of("src/test/resources/geo/spans.jsonl")));
        assertEquals("'src/test/resources/geo/spans.jsonl' line 1: toponym 1: 'latitude' is missing", e.getMessage());
    }

    @Test
    void refusesASpanOutsideTheText() throws IOException {
        Path file = write("{\"id\": \"x\", \"text\": \"Kabul\", \"toponyms\": [{\"start\": 0, \"end\": 9, "
                + "\"latitude\": 1, \"longitude\": 2}]}\n");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> new GeoGoldReader().read(file));
        assertEquals("'" + file + "' line 1: toponym 1: 'end' must be a whole number from 0 to 5, got 9",
                e.getMessage());
    }

    @Test
    void refusesALineWithoutToponyms() throws IOException {
        Path file = write("{\"id\": \"x\", \"text\": \"Kabul\"}\n");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> new GeoGoldReader().read(file));
        assertEquals("'" + file + "' line 1: 'toponyms' must be a list", e.getMessage());
    }
}
