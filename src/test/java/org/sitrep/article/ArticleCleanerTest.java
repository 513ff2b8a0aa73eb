package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.article.Results.FIXTURES;
import static org.sitrep.article.Results.assertOffsetsExact;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.lang.Language;
import org.sitrep.text.OffsetMap;

class ArticleCleanerTest {
    private static final Language ENGLISH = Language.english();
    private final ArticleCleaner cleaner = new ArticleCleaner(CleanerConfig.DEFAULT, ENGLISH);

    private String clean(String raw) {
        CleanedText cleaned = cleaner.clean(raw, null);
        assertOffsetsExact(raw, cleaned.text(), cleaned.offsets());
        return cleaned.text();
    }

    @Test
    void removesAllBoilerplateFromAFloodReport() throws IOException {
        String raw = Files.readString(FIXTURES.resolve("cleaner/floods.txt"));
        CleanedText cleaned = cleaner.clean(raw, "Floods cut off villages in northern province");
        String expected = "Heavy rain on Tuesday swept away two bridges and cut road links to 14 villages, the provincial "
                + "disaster office said.\n\n"
                + "Rescue teams reached the first of the villages by boat on Wednesday morning, an official told "
                + "reporters.\n\n"
                + "Army helicopters dropped food parcels near the river\n\n"
                + "Residents said the water rose within an hour.\n"
                + "Officials said 3,000 people had left their homes.";
        assertEquals(expected, cleaned.text(), "ads, stubs, share lines and repeated headline should be gone");
        assertEquals(12, cleaned.removedLines(), "12 non-blank lines of the fixture are boilerplate");
    }

    @Test
    void mapsEveryKeptCharacterToTheSameCharacterInTheOriginal() throws IOException {
        String raw = Files.readString(FIXTURES.resolve("cleaner/floods.txt"));
        CleanedText cleaned = cleaner.clean(raw, null);
        assertOffsetsExact(raw, cleaned.text(), cleaned.offsets());
        assertEquals(raw.indexOf("Heavy rain"), cleaned.offsets().toOriginal(0), "text should start at 'Heavy rain'");
    }

    @Test
    void dropsAHeadlineSaidTwiceInARowEvenWithoutATitle() {
        String raw = "Clashes erupt at border post\nClashes erupt at border post\n\nTwo guards were hurt.";
        assertEquals("Two guards were hurt.", clean(raw), "both copies of a doubled headline-like line should go");
    }

    @Test
    void keepsOneCopyOfASentenceRepeatedOnTheNextLine() {
        String raw = "The curfew was lifted on Monday.\nThe curfew was lifted on Monday.\nShops reopened.";
        assertEquals("The curfew was lifted on Monday.\nShops reopened.", clean(raw),
                "a doubled full sentence should keep its first copy");
    }

    @Test
    void removesALineEqualToTheTitleIgnoringCaseQuotesAndTrailingBar() {
        String raw = "Minister\u2019s Convoy Attacked |\n\nThe convoy was hit by a roadside bomb.";
        CleanedText cleaned = cleaner.clean(raw, "Minister's convoy attacked");
        assertEquals("The convoy was hit by a roadside bomb.", cleaned.text(), "the headline line should be removed");
    }

    @Test
    void mendsASentenceThatARemovedLineSplitInTwo() throws IOException {
        String raw = Files.readString(FIXTURES.resolve("cleaner/split-sentence.txt"));
        assertEquals("Police said the gunmen opened fire on the convoy near the\nborder crossing late on Friday, "
                + "killing two guards.", clean(raw), "the two halves should be one paragraph again");
    }

    @Test
    void keepsAParagraphBreakAfterAnUnfinishedLineWhenTheNextStartsASentence() {
        String raw = "Three people were killed in the blast\n[ad_1]\nThe police sealed off the area.";
        assertEquals("Three people were killed in the blast\n\nThe police sealed off the area.", clean(raw),
                "a paragraph break, which the NLP stage reads as a sentence end, should separate them");
    }

    @Test
    void collapsesBlankLineRunsAndStripsSpacesAtLineEnds() {
        String raw = "  Two   people were hurt.  \t\n\n\n\n\u00A0Markets stayed shut.   \n";
        assertEquals("Two people were hurt.\n\nMarkets stayed shut.", clean(raw),
                "white space runs should shrink to one character and blank line runs to one blank line");
    }

    @Test
    void readsWindowsLineEndsWithoutKeepingCarriageReturns() {
        String raw = "First line.\r\nSecond line.\r\n\r\nNew paragraph.\r\n";
        assertEquals("First line.\nSecond line.\n\nNew paragraph.", clean(raw), "no \\r should survive");
    }

    @Test
    void removesInlineAdMarkersAndKeepsTheSentenceAroundThem() {
        assertEquals("Troops entered the town on Monday.", clean("Troops entered [ad_3] the town on Monday."),
                "an inline marker should go with one of the spaces around it");
    }

    @Test
    void keepsSentencesThatOnlyStartWithBoilerplateWords() {
        String raw = "Related clashes killed two soldiers on Sunday.\nPhoto evidence was shown to the court.\n"
                + "Share prices fell after the attack.";
        assertEquals(raw, clean(raw), "ordinary sentences should not be taken for boilerplate");
    }

    @Test
    void keepsCurlyQuotesAndDashesUnchanged() {
        String raw = "\u201CWe are ready,\u201D the general said \u2013 twice.";
        assertEquals(raw, clean(raw), "cleaning should never change a kept character");
    }

    @Test
    void removesLinesMatchingConfiguredExtraPatterns() {
        ArticleCleaner custom = new ArticleCleaner(
                CleanerConfig.DEFAULT.withExtraBoilerplate(List.of(Pattern.compile("\u00A9 \\d{4} .*"))), ENGLISH);
        String raw = "Talks resumed on Friday.\n\u00A9 2021 Example News";
        assertEquals("Talks resumed on Friday.", custom.clean(raw, null).text(), "the copyright line should go");
    }

    @Test
    void givesAnEmptyTextWithAValidMapWhenEverythingIsBoilerplate() {
        CleanedText cleaned = cleaner.clean("[ad_1]\nimage\nShare this article\n", null);
        assertEquals("", cleaned.text(), "nothing should be left");
        assertEquals(0, cleaned.offsets().length(), "the map should cover an empty text");
    }

    @Test
    void mapsSpanEndsToJustAfterTheirLastCharacter() {
        String raw = "Two died.\n\nimage\n\nPolice came.";
        CleanedText cleaned = cleaner.clean(raw, null);
        OffsetMap map = cleaned.offsets();
        assertEquals("Two died.\n\nPolice came.", cleaned.text(), "the image stub should be removed");
        assertEquals(9, map.toOriginalEnd(9), "the end of 'Two died.' should map to just after its full stop");
        assertEquals(raw.length(), map.toOriginal(cleaned.text().length()), "the text end should map to the raw end");
        assertEquals(raw.indexOf("Police"), map.toOriginal(11), "'Police' should map to its raw offset");
    }
}
