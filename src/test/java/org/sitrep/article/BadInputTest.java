package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.sitrep.article.Results.FIXTURES;
import static org.sitrep.article.Results.article;
import static org.sitrep.article.Results.failure;
import static org.sitrep.article.Results.readAll;
import static org.sitrep.article.Results.readOne;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    private static final byte[] SENTENCE =
            "Two people were hurt in the blast on Monday.\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    private final ArticleReader reader = new ArticleReader();

    private String failureOf(Path file) {
        return failure(readOne(reader, file, null));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    @Test
    void reportsAMissingPath() {
        Path missing = tmp.resolve("nope.txt");
        assertEquals("cannot read '" + missing + "': no such file or directory", failureOf(missing),
                "a missing file should be named");
    }

    @Test
    void reportsAnEmptyFile() {
        Path empty = FIXTURES.resolve("txt/empty.txt");
        assertEquals("'" + empty + "' is empty: nothing to extract", failureOf(empty), "a 0-byte file is empty");
    }

    @Test
    void reportsAFileOfOnlyWhiteSpaceAsEmpty() throws IOException {
        Path blank = write("blank.txt", " \n\n\t\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("'" + blank + "' is empty: nothing to extract", failureOf(blank), "white space is no text");
    }

    @Test
    void reportsABinaryFileWithNulBytes() throws IOException {
        Path binary = write("photo.txt", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        assertEquals("'" + binary + "' looks like a binary file, not text or HTML: skipped", failureOf(binary),
                "NUL bytes mark binary data");
    }

    @Test
    void reportsABinaryFileOfMostlyControlBytes() throws IOException {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 7);
        }
        Path binary = write("data.html", bytes);
        assertEquals("'" + binary + "' looks like a binary file, not text or HTML: skipped", failureOf(binary),
                "two thirds control bytes is no text");
    }

    @Test
    void refusesAFileOverTheSizeLimitWithoutReadingIt() throws IOException {
        Path huge = tmp.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertEquals("'" + huge + "' is 52.4 MB, over the 10 MB limit for one article: split it or raise --max-bytes",
                failureOf(huge), "50 MiB is 52.4 decimal megabytes, over the default limit");
    }

    @Test
    void refusesAJsonLineOverTheLimitAndReadsTheNextLine() throws IOException {
        String longLine = "{\"text\": \"" + "x".repeat(138) + "\"}";
        Path file = write("long.jsonl", ("{\"text\": \"Shots were fired.\"}\n" + longLine + "\n"
                + "{\"text\": \"A bomb was defused.\"}\n").getBytes(StandardCharsets.UTF_8));
        List<ReadResult> results = readAll(new ArticleReader(ReaderConfig.DEFAULT.withMaxBytes(100)), file, null);
        assertEquals(3, results.size(), "each of the three lines should give a result");
        assertEquals("'" + file + "' line 2 is 150 bytes, over the 100 bytes limit for one article: split it or "
                + "raise --max-bytes", failure(results.get(1)), "line 2 has 150 bytes");
        assertEquals("long-line3", article(results.get(2)).id(), "the line after the long one should be read");
    }

    @Test
    void replacesInvalidUtf8AndWarnsInsteadOfFailing() throws IOException {
        byte[] bytes = SENTENCE.clone();
        bytes[4] = (byte) 0xE9;
        Path latin = write("latin.txt", bytes);
        Article a = article(readOne(reader, latin, null));
        assertEquals("Two \uFFFDeople were hurt in the blast on Monday.", a.text(), "the bad byte becomes U+FFFD");
        assertEquals(List.of("'" + latin + "' is not valid UTF-8: 1 malformed byte sequence replaced with U+FFFD"),
                a.warnings(), "the replacement should be reported as a warning");
    }

    @Test
    void reportsAFileWithoutPermissionToRead() throws IOException {
        Path locked = write("locked.txt", SENTENCE);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as root: file permissions are not enforced");
        assertEquals("cannot read '" + locked + "': permission denied", failureOf(locked), "an unreadable file");
    }

    @Test
    void reportsAFileThatIsAllBoilerplate() throws IOException {
        Path stub = write("stub.txt", "[ad_1]\nimage\nShare this article\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("'" + stub + "' has no article text once boilerplate is removed: nothing to extract",
                failureOf(stub), "nothing is left after cleaning");
    }

    @Test
    void reportsAJsonLinesFileOfOnlyBlankLinesAsEmpty() throws IOException {
        Path blank = write("blank.jsonl", "\n\n\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("'" + blank + "' is empty: nothing to extract", failureOf(blank), "blank lines hold no article");
    }

    @Test
    void reportsAMalformedJsonFile() throws IOException {
        Path broken = write("broken.json", "[1, 2".getBytes(StandardCharsets.UTF_8));
        assertEquals("'" + broken + "': not valid JSON (the text ends before the JSON value is complete): skipped", failureOf(broken), "the array is never closed");
    }

    @Test
    void reportsAnUnquotedWordInAJsonLine() throws IOException {
        Path file = write("bare.jsonl", "{\"id\": x1}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("'" + file + "' line 1: not valid JSON (unquoted word 'x1': strings need double quotes): line "
                + "skipped", failureOf(file), "an unquoted value is not JSON");
    }

    @Test
    void reportsAnUnexpectedCharacterInAJsonLine() throws IOException {
        Path file = write("single.jsonl", "{'id': 1}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("'" + file + "' line 1: not valid JSON (unexpected character '''): line skipped", failureOf(file),
                "single quotes are not JSON");
    }

    @Test
    void reportsAJsonLineThatIsNotAnObject() throws IOException {
        Path file = write("list.jsonl", "[\"a\", \"b\"]\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("'" + file + "' line 1: not valid JSON (expected an object {...}, found an array): line skipped",
                failureOf(file), "an array is no article");
    }

    @Test
    void carriesOnThroughADirectoryOfBadFiles() throws IOException {
        write("a-binary.txt", new byte[] {0, 1, 2});
        write("b-empty.txt", new byte[0]);
        write("c-good.txt", SENTENCE);
        write("d-image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        List<ReadResult> results = readAll(reader, tmp, null);
        assertEquals(4, results.size(), "every file should give one result");
        assertEquals("c-good", article(results.get(2)).id(), "the good file should be read despite the others");
        assertTrue(failure(results.get(3)).endsWith("skipped: only .txt, .html, .htm, .jsonl and .json files are read"),
                "the image should be noted as skipped");
    }
}
