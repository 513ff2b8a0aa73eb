package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.article.Results.FIXTURES;
import static org.sitrep.article.Results.article;
import static org.sitrep.article.Results.assertOffsetsExact;
import static org.sitrep.article.Results.failure;
import static org.sitrep.article.Results.readAll;
import static org.sitrep.article.Results.readOne;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private static final LocalDate SUNDAY = LocalDate.of(2021, 5, 2);

    private final ArticleReader reader = new ArticleReader();

    @Test
    void readsATextFileWithIdFromItsNameAndTheCallersDate() {
        Article a = article(readOne(reader, FIXTURES.resolve("txt/market-fire.txt"), SUNDAY));
        assertEquals("market-fire", a.id(), "the id should be the file name without extension");
        assertEquals(SUNDAY, a.published(), "the caller's date should be the publication day");
        assertEquals("Market fire destroys hundreds of stalls", a.title(), "the first line should be the headline");
        assertEquals("A fire swept through the central market in the early hours of Sunday, destroying about 300 "
                + "stalls, the fire service said.\n\nNo one was hurt, but traders said they had lost their stock days "
                + "before a public holiday.", a.text(), "headline, ad markers and image stub should be gone");
        assertEquals(List.of(), a.warnings(), "a clean UTF-8 file gives no warnings");
    }

    @Test
    void mapsTextFileOffsetsIntoTheFileAsRead() throws IOException {
        Path file = FIXTURES.resolve("txt/market-fire.txt");
        Article a = article(readOne(reader, file, SUNDAY));
        assertOffsetsExact(Files.readString(file), a.text(), a.offsets());
    }

    @Test
    void leavesThePublicationDayUnknownWhenTheCallerGivesNone() {
        assertNull(article(readOne(reader, FIXTURES.resolve("txt/market-fire.txt"), null)).published(),
                "without a default date the day should stay null");
    }

    @Test
    void keepsTheFirstLineAsTextWhenHeadlinesAreTurnedOff() {
        ArticleReader plain = new ArticleReader(ReaderConfig.DEFAULT.withTextTitle(TextTitle.NONE));
        Article a = article(readOne(plain, FIXTURES.resolve("dir/a.txt"), null));
        assertNull(a.title(), "no headline should be guessed");
        assertEquals("Bus crash kills four\n\nFour people died when a bus left the road on a mountain pass on Monday, "
                + "officials said.", a.text(), "the first line should stay in the text as its own paragraph");
    }

    @Test
    void readsAnHtmlFileWithoutRepeatingItsHeadline() {
        Article a = article(readOne(reader, FIXTURES.resolve("html/page.html"), SUNDAY));
        assertEquals("page", a.id(), "the id should be the file name without extension");
        assertEquals("Dam protest turns violent", a.title(), "the headline should come from the page");
        assertEquals("Farmers protesting against a planned dam clashed with police outside the district office on "
                + "Thursday.\n\nPolice fired tear gas and arrested 12 people, a spokesman said.\n\nTalks planned\n\n"
                + "The governor said talks with farmers' groups would begin next week.", a.text(),
                "the h1 repeating the headline should be removed by cleaning");
    }

    @Test
    void readsADirectoryRecursivelyInPathOrderAndNotesSkippedFiles() {
        Path dir = FIXTURES.resolve("dir");
        List<ReadResult> results = readAll(reader, dir, SUNDAY);
        assertEquals(4, results.size(), "three articles and one note expected, the hidden draft passed over");
        assertEquals("a", article(results.get(0)).id(), "a.txt comes first");
        assertEquals("Aid convoy reaches town", article(results.get(1)).title(), "b/c.html comes second");
        assertEquals("d1", article(results.get(2)).id(), "b/d.jsonl comes third");
        assertEquals("'" + dir.resolve("notes.md") + "' skipped: only .txt, .html, .htm, .jsonl and .json files are "
                + "read", failure(results.get(3)), "notes.md should be noted as skipped");
    }

    @Test
    void handsEachResultToACallback() {
        List<ReadResult> seen = new ArrayList<>();
        reader.read(FIXTURES.resolve("dir"), SUNDAY, seen::add);
        assertEquals(4, seen.size(), "the callback should see every result of the directory");
    }

    @Test
    void readsAJsonFileHoldingAnArrayOfArticles(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("pair.json");
        Files.writeString(file, "[{\"id\": \"p1\", \"text\": \"Rebels shelled the town.\"},"
                + " {\"text\": \"The army said it repelled the attack.\", \"published\": \"2021-06-01\"}]");
        List<ReadResult> results = readAll(reader, file, SUNDAY);
        assertEquals("p1", article(results.get(0)).id(), "the first item keeps its id");
        assertEquals("pair-item2", article(results.get(1)).id(), "an item without id is named after file and item");
        assertEquals(LocalDate.of(2021, 6, 1), article(results.get(1)).published(), "the item's date should win");
    }

    @Test
    void readsContentThatDidNotComeFromAFile() {
        Article a = article(reader.readContent("request 7", "r7", SUNDAY,
                "<p>Protesters blocked the main road.</p><div class=\"share\">Share this</div>", ContentType.HTML));
        assertEquals("Protesters blocked the main road.", a.text(), "the share widget should be removed");
    }

    @Test
    void readsJsonLinesFromAStream() {
        byte[] body = "{\"id\": \"s1\", \"text\": \"A mine exploded under a truck.\"}\n".getBytes(StandardCharsets.UTF_8);
        List<ReadResult> results = reader.readJsonLines("POST body", new ByteArrayInputStream(body), SUNDAY).toList();
        assertEquals("s1", article(results.get(0)).id(), "the line's article should be read");
        assertEquals(SUNDAY, article(results.get(0)).published(), "the default date should apply");
    }

    @Test
    void readsTheBundledSamplesWithTheirPublicationDays() {
        List<ReadResult> results = readAll(reader, Path.of("samples", "articles.jsonl"), null);
        assertEquals(List.of(LocalDate.of(2019, 8, 18), LocalDate.of(2021, 10, 14), LocalDate.of(2022, 10, 30)),
                results.stream().map(r -> article(r).published()).toList(),
                "each bundled sample should carry the date given in samples/README.md");
    }
}
