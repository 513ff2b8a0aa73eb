package org.sitrep.geo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeysTest {
    @Test
    void foldsDiacriticsCaseAndPunctuation() {
        assertEquals("mazar e sharif", NameKeys.fold("Mazār-e Sharīf"), "folded");
    }

    @Test
    void dropsApostrophesInsideWords() {
        assertEquals("qalah", NameKeys.fold("Qal‘ah"), "ayn mark");
    }

    @Test
    void givesOneKeyToArticleVariants() {
        assertEquals(NameKeys.key("Ramadi"), NameKeys.key("al-Ramadi"), "al-");
        assertEquals(NameKeys.key("Ramadi"), NameKeys.key("Ar Ramadi"), "Ar ");
        assertEquals(NameKeys.key("Shatrah"), NameKeys.key("ash-Shatrah"), "ash-");
    }

    @Test
    void givesOneKeyToIyahEndings() {
        assertEquals(NameKeys.key("Nasiriyah"), NameKeys.key("Nasiriyeh"), "-iyeh");
        assertEquals(NameKeys.key("Nasiriyah"), NameKeys.key("Nasiriya"), "-iya");
    }

    @Test
    void givesOneKeyToQAndK() {
        assertEquals(NameKeys.key("Kandahar"), NameKeys.key("Qandahar"), "q/k");
    }

    @Test
    void givesOneKeyToConnectorVariants() {
        assertEquals(NameKeys.key("Mazar-i-Sharif"), NameKeys.key("Mazar-e Sharif"), "-i- and -e");
    }

    @Test
    void dropsDistrictCentrePrefixes() {
        assertEquals("sayyidabad", NameKeys.key("Wuleswali Sayyidabad"), "Wuleswali");
        assertEquals("sayyidabad", NameKeys.key("Woluswali Sayyidabad"), "Woluswali");
        assertEquals("shindand", NameKeys.key("Markaz-e Shindand"), "Markaz-e");
    }

    @Test
    void dropsDistrictCentreSuffixes() {
        assertEquals("alisher", NameKeys.key("'Ali Sher 'Alaqahdari"), "Alaqahdari");
        assertEquals("bihsud", NameKeys.key("Bihsud Wuleswali"), "trailing Wuleswali");
    }

    @Test
    void givesOneSkeletonToVowelVariants() {
        assertEquals(NameKeys.skeleton("Dowlatabad"), NameKeys.skeleton("Dawlat Abad"), "vowels and spaces");
    }

    @Test
    void givesNoSkeletonToVeryShortNames() {
        assertEquals("", NameKeys.skeleton("Ua"), "too short to match loosely");
    }

    @Test
    void tellsLatinFromOtherScripts() {
        assertTrue(NameKeys.isLatin("Bağdat"), "Turkish spelling is Latin");
        assertFalse(NameKeys.isLatin("بغداد"), "Arabic script is not");
    }
}
