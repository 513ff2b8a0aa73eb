package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.text.OffsetMap;

/** Test helpers for unpacking read results with messages that say what was expected. */
final class Results {
    static final Path FIXTURES = Path.of("src", "test", "resources", "article");

    private Results() {
    }

    static Article article(ReadResult result) {
        if (result instanceof ReadResult.Ok ok) {
            return ok.article();
        }
        return fail("expected an article, got failure: " + ((ReadResult.Failed) result).message());
    }

    static String failure(ReadResult result) {
        if (result instanceof ReadResult.Failed failed) {
            return failed.message();
        }
        return fail("expected a failure, got article " + ((ReadResult.Ok) result).article().id());
    }

    static List<ReadResult> readAll(ArticleReader reader, Path input, LocalDate published) {
        try (Stream<ReadResult> results = reader.read(input, published)) {
            return results.toList();
        }
    }

    static ReadResult readOne(ArticleReader reader, Path input, LocalDate published) {
        List<ReadResult> results = readAll(reader, input, published);
        assertEquals(1, results.size(), "one input file should give exactly one result: " + results);
        return results.get(0);
    }

    /** Asserts the cleaning contract: every character of the text is the one its offset points to. */
    static void assertOffsetsExact(String original, String cleaned, OffsetMap offsets) {
        assertEquals(cleaned.length(), offsets.length(), "offset map should cover the cleaned text");
        int previous = -1;
        for (int i = 0; i < cleaned.length(); i++) {
            int at = offsets.toOriginal(i);
            if (at <= previous) {
                fail("offsets should increase, but " + i + " maps to " + at + " after " + previous);
            }
            assertEquals(original.charAt(at), cleaned.charAt(i), "character " + i + " should map to the same one");
            previous = at;
        }
    }
}
