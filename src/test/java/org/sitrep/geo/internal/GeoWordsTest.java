package org.sitrep.geo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.lang.Language;

/** {@link GeoWords}: the geocoder's words come from the language bundle. */
class GeoWordsTest {
    private static final GeoWords EN = GeoWords.of(Language.english());

    @Test
    void readsThePlaceNounsOfTheBundleWhateverTheirCase() {
        assertEquals("DISTRICT", EN.placeNounKind("District"));
        assertEquals("DIVISION", EN.placeNounKind("provinces"));
        assertEquals("SETTLEMENT", EN.placeNounKind("TOWN"));
        assertNull(EN.placeNounKind("street"), "a street names no kind of place the resolver prefers");
    }

    @Test
    void countsTheInstitutionHeadsAmongTheFacilityWords() {
        assertTrue(EN.institutionHeads().contains("hospital"));
        assertTrue(EN.facilityWords().containsAll(EN.institutionHeads()));
        assertTrue(EN.facilityWords().contains("library"));
    }

    @Test
    void keepsMonthsAndOrdinaryWordsApart() {
        assertTrue(EN.never().contains("march"), "never a place");
        assertTrue(EN.common().contains("reading"), "a place only with a cue");
    }

    @Test
    void findsTheCuesOfTheBundleInText() {
        assertTrue(EN.nearBefore().matcher("30 km north of ").find());
        assertTrue(EN.containerGap().matcher(" district, ").find());
        assertEquals("the", EN.definiteArticle());
    }
}
