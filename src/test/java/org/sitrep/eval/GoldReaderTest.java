package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class GoldReaderTest {
    private final GoldReader reader = new GoldReader();

    static Path fixture(String name) {
        try {
            return Path.of(GoldReaderTest.class.getResource("/eval/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsArticleFieldsAndSkipsBlankLines() {
        List<GoldArticle> articles = reader.read(fixture("scoring.jsonl"));
        assertEquals(List.of("balkh-clash", "kabul-march", "quiet-day"),
                articles.stream().map(GoldArticle::id).toList(), "three articles, the blank line skipped");
        GoldArticle first = articles.get(0);
        assertEquals("2020-03-23", first.published(), "published as written");
        assertNull(first.title(), "a null title stays null");
        assertEquals("test", first.source(), "source");
        assertNull(first.label(), "an event article has no label");
        assertEquals(2, first.events().size(), "two gold events");
        assertTrue(articles.get(2).events().isEmpty() && articles.get(2).hasEventGold(),
                "an empty events list is an article with no events");
    }

    @Test
    void readsEveryFieldOfAGoldEvent() {
        GoldEvent clash = reader.read(fixture("scoring.jsonl")).get(0).events().get(0);
        assertEquals(LocalDate.of(2020, 3, 21), clash.eventDate(), "event_date");
        assertEquals(1, clash.timePrecision(), "time_precision");
        assertEquals("Armed clash", clash.subEventType(), "sub_event_type");
        assertEquals(List.of("Taliban"), clash.actor1Any(), "a single actor1 is a one-name list");
        assertNull(clash.actor2(), "actor2 is not given as a single name");
        assertEquals(List.of("Afghan forces", "Military Forces of Afghanistan"), clash.actor2Any(), "actor2_any");
        assertEquals(36.9882, clash.latitude(), "latitude");
        assertEquals(66.8207, clash.longitude(), "longitude");
        assertEquals(2, clash.geoPrecision(), "geo_precision");
        assertEquals(12, clash.fatalities(), "fatalities");
        assertNull(clash.injuries(), "an absent field is null");
    }

    @Test
    void readsAMonthAsItsFirstDayWithMonthPrecision() {
        GoldEvent march = reader.read(fixture("scoring.jsonl")).get(1).events().get(0);
        assertEquals(LocalDate.of(2020, 3, 1), march.eventDate(), "2020-03 should become March 1");
        assertEquals(3, march.timePrecision(), "a month date implies precision 3");
    }

    @Test
    void joinsActorAndItsAnyList() {
        List<GoldArticle> articles = reader.read(fixture("actors.jsonl"));
        GoldEvent event = articles.get(0).events().get(0);
        assertEquals(List.of("Taliban", "Islamic Emirate"), event.actor1Any(), "actor1 then actor1_any");
        assertEquals(List.of("Police"), event.actor2Any(), "actor2 alone");
        assertTrue(articles.get(1).events().isEmpty(), "absent events should read as an empty list");
    }

    @Test
    void readsSnippetLabels() {
        GoldArticle first = reader.read(fixture("snippets.jsonl")).get(0);
        assertEquals("Armed clash", first.label(), "label");
        assertTrue(first.isSnippet() && !first.hasEventGold(), "a labelled text without events is only a snippet");
    }

    @Test
    void namesFileAndLineOfInvalidJson() {
        Path file = fixture("malformed-json.jsonl");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> reader.read(file));
        assertEquals("'" + file + "' line 3: not valid JSON (Unexpected character ('}' (code 125)): "
                + "was expecting double-quote to start field name)", e.getMessage(), "message");
        assertEquals(3, e.line(), "line number counts the blank line");
    }

    @Test
    void namesTheEventAndFieldOfAMistypedValue() {
        Path file = fixture("bad-latitude.jsonl");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> reader.read(file));
        assertEquals("'" + file + "' line 2: event 1: 'latitude' must be a number from -90 to 90, got \"north\"",
                e.getMessage(), "message");
    }

    @Test
    void rejectsARepeatedArticleId() {
        Path file = fixture("duplicate-id.jsonl");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> reader.read(file));
        assertEquals("'" + file + "' line 3: article id 'same' already used on line 1", e.getMessage(), "message");
    }

    @Test
    void rejectsAMonthDateWithDayPrecision() {
        Path file = fixture("month-with-day-precision.jsonl");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> reader.read(file));
        assertEquals("'" + file + "' line 1: event 1: 'event_date' 2020-10 names a month but 'time_precision' is 1",
                e.getMessage(), "message");
    }

    @Test
    void saysWhenTheFileIsMissing() {
        Path file = Path.of("no-such-gold.jsonl");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> reader.read(file));
        assertEquals("'no-such-gold.jsonl': no such file", e.getMessage(), "message");
    }

    @Test
    void readsTheSharedGoldFiles() {
        Path gold = Path.of(System.getProperty("sitrep.shared", "../shared"), "gold");
        Assumptions.assumeTrue(Files.isDirectory(gold), "shared gold folder absent");
        List<GoldArticle> dev = reader.read(gold.resolve("dev.jsonl"));
        assertEquals(1, dev.size(), "dev has one article");
        assertEquals(5, dev.get(0).events().size(), "dev's article has five events");
        List<GoldArticle> acled = reader.read(gold.resolve("acled-afghanistan-2020-03.jsonl"));
        assertEquals(248, acled.size(), "248 ACLED articles");
        assertTrue(acled.stream().allMatch(a -> a.events().size() == 1), "one event each");
        List<GoldArticle> snippets = reader.read(gold.resolve("case2021-snippets.jsonl"));
        assertEquals(510, snippets.size(), "510 snippets");
        assertTrue(snippets.stream().allMatch(GoldArticle::isSnippet), "every snippet has a label");
    }
}
