package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.article.Results.FIXTURES;
import static org.sitrep.article.Results.article;
import static org.sitrep.article.Results.failure;
import static org.sitrep.article.Results.readAll;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReadingTest {
    private static final Path BATCH = FIXTURES.resolve("jsonl/batch.jsonl");
    private static final String WHERE = "'" + BATCH + "' line ";
    private static final LocalDate DEFAULT_DAY = LocalDate.of(2021, 3, 10);

    private final List<ReadResult> results = readAll(new ArticleReader(), BATCH, DEFAULT_DAY);

    @Test
    void givesOneResultPerNonBlankLine() {
        assertEquals(7, results.size(), "eight lines, one blank, should give seven results");
    }

    @Test
    void readsEveryFieldOfACompleteLineAndIgnoresExtraOnes() {
        Article a = article(results.get(0));
        assertEquals("a1", a.id(), "id");
        assertEquals(LocalDate.of(2021, 3, 4), a.published(), "the line's date should override the default");
        assertEquals("Bridge blast", a.title(), "title");
        assertEquals("An explosion damaged a road bridge outside the town on Wednesday night, police said.", a.text(),
                "text");
        assertEquals("https://example.org/a1", a.url(), "url");
        assertEquals("Example Wire", a.source(), "source");
    }

    @Test
    void takesTheDayOfADateTimeInItsOwnOffsetAndNamesALineWithoutId() {
        Article a = article(results.get(1));
        assertEquals("batch-line2", a.id(), "a line without id should be named after file and line");
        assertEquals(LocalDate.of(2021, 3, 5), a.published(), "23:30 at -05:00 is still the 5th where it was written");
    }

    @Test
    void failsALineWithoutTextOrHtml() {
        assertEquals(WHERE + "3: no \"text\" or \"html\" field: line skipped", failure(results.get(2)),
                "line 3 has neither field");
    }

    @Test
    void extractsTheTextOfALineGivenAsHtml() {
        Article a = article(results.get(3));
        assertEquals("Two soldiers were wounded when their patrol came under fire near the airport.", a.text(),
                "the social-links block should be dropped");
        assertEquals(LocalDate.of(2020, 12, 21), a.published(), "a UTC date-time gives its day");
    }

    @Test
    void failsOnlyTheLineWithAnUnknownDateFormat() {
        assertEquals(WHERE + "6: unknown date format 'March 5th' in \"published\": use YYYY-MM-DD or an ISO 8601 "
                + "date-time", failure(results.get(4)), "line 6 has a date in words");
    }

    @Test
    void failsAMalformedLineWithAShortReason() {
        assertEquals(WHERE + "7: not valid JSON (the text ends before the JSON value is complete): line skipped", failure(results.get(5)), "line 7 ends inside a string");
    }

    @Test
    void usesTheCallersDayWhenPublishedIsNull() {
        Article a = article(results.get(6));
        assertEquals("a8", a.id(), "the line after a malformed one should still be read");
        assertEquals(DEFAULT_DAY, a.published(), "a null date should fall back to the caller's day");
    }

    @Test
    void namesTheFailedInputByFileAndLine() {
        assertEquals(BATCH + " line 3", ((ReadResult.Failed) results.get(2)).input(), "input should say file and line");
    }
}
