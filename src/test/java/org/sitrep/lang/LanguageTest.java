package org.sitrep.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LanguageTest {
    /** A bundle of the test classpath only: src/test/resources/org/sitrep/lang/xx. */
    private static final Language TEST = Language.load("xx");

    @Test
    void englishIsTheDefaultBundle() {
        assertEquals("en", Language.english().code());
        assertEquals(Language.DEFAULT_CODE, Language.english().code());
    }

    @Test
    void wordsSkipCommentsAndBlankLinesAndTrim() {
        assertEquals(Set.of("alpha", "beta gamma", "delta"), TEST.words("sample"));
    }

    @Test
    void aListKeepsFileOrderAndRepeats() {
        assertEquals(List.of("alpha", "beta gamma", "delta", "alpha"), TEST.list("sample"));
    }

    @Test
    void aResourceIsReadOnceAndKept() {
        assertSame(TEST.words("sample"), TEST.words("sample"));
    }

    @Test
    void aTwoColumnTableIsAMapInFileOrder() {
        Map<String, String> map = TEST.map("pairs");
        assertEquals(List.of("rocket", "mortar"), List.copyOf(map.keySet()));
        assertEquals("artillery", map.get("mortar"));
    }

    @Test
    void aPatternJoinsItsLinesAndCompiles() {
        Pattern p = TEST.pattern("wrapped", Pattern.CASE_INSENSITIVE);
        assertTrue(p.matcher("Monday").matches());
        assertTrue(p.matcher("tuesday").matches());
    }

    @Test
    void aMissingBundleIsNamedWithTheBundlesShipped() {
        LanguageException e = assertThrows(LanguageException.class, () -> Language.load("zz"));
        assertEquals("no language bundle 'zz' on the classpath (expected /org/sitrep/lang/zz/bundle.txt); the bundles"
                + " shipped are: en", e.getMessage());
    }

    @Test
    void aMalformedCodeIsRefused() {
        LanguageException e = assertThrows(LanguageException.class, () -> Language.load("../en"));
        assertEquals("language code '../en' is not an ISO 639 code in lower case (such as 'en')", e.getMessage());
    }

    @Test
    void aMissingResourceNamesBundleAndPath() {
        LanguageException e = assertThrows(LanguageException.class, () -> TEST.words("absent"));
        assertEquals("language bundle 'xx' has no resource /org/sitrep/lang/xx/absent.txt: add it to the bundle",
                e.getMessage());
    }

    @Test
    void aTableRowWithTheWrongNumberOfCellsNamesItsLine() {
        LanguageException e = assertThrows(LanguageException.class, () -> TEST.table("ragged", 2));
        assertEquals("/org/sitrep/lang/xx/ragged.tsv line 3: expected 2 tab-separated cells, found 3", e.getMessage());
    }

    @Test
    void anInvalidPatternIsReported() {
        LanguageException e = assertThrows(LanguageException.class, () -> TEST.pattern("broken", 0));
        assertTrue(e.getMessage().startsWith("/org/sitrep/lang/xx/broken.regex is not a valid regular expression"),
                e.getMessage());
    }
}
