package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A place outside the document's countries needs support in the text; words of institutions' names are
 * places only when famous; confidence shows how weak the support is. Fixtures are set in Lebanon, with
 * lookalike names that GeoNames holds as small towns abroad.
 */
class ForeignPlaceSupportTest {
    private static final String LEBANON = "Lebanese soldiers patrolled Beirut and Sidon after a night of clashes. ";
    private static TextGeocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = new TextGeocoder(Gazetteer.loadDefault(), GeocoderConfig.DEFAULT);
    }

    private static List<PlaceMention> named(String text, String name) {
        return geocoder.find(text, List.of()).stream().filter(m -> m.text().equals(name)).toList();
    }

    private static PlaceMention only(String text, String name) {
        List<PlaceMention> found = named(text, name);
        assertEquals(1, found.size(), "mentions of " + name + " in: " + text + " -> " + found);
        return found.get(0);
    }

    @Test
    void dropsASmallTownAbroadNamedWithoutAnySupport() {
        String text = LEBANON + "Residents of Liberty said they heard shots.";
        assertEquals(List.of(), named(text, "Liberty"), "Liberty is no Lebanese place and nothing places it abroad");
    }

    @Test
    void keepsASmallTownAbroadWithItsStateWrittenAfterIt() {
        PlaceMention m = only(LEBANON + "Police in Liberty, Missouri, arrested two men.", "Liberty");
        assertEquals("Missouri", m.place().admin1(), "Liberty, Missouri");
    }

    @Test
    void keepsASmallTownAbroadWhenTheTextNamesItsCountry() {
        PlaceMention m = only(LEBANON + "Floods also struck Ranong in Thailand.", "Ranong");
        assertEquals("TH", m.place().countryCode(), "Ranong in Thailand");
    }

    @Test
    void keepsASmallTownAbroadNearABigCityOfTheText() {
        PlaceMention m = only(LEBANON + "Storms hit Kansas City, and Liberty lost power.", "Liberty");
        assertEquals("Missouri", m.place().admin1(), "the Liberty next to Kansas City");
    }

    @Test
    void keepsABigCityAbroadWithLowConfidence() {
        PlaceMention m = only(LEBANON + "The minister later flew to Houston.", "Houston");
        assertEquals("US", m.place().countryCode(), "Houston, Texas");
        assertTrue(m.confidence() < 0.6, "a big city abroad without context is a weak reading: " + m.confidence());
    }

    @Test
    void twoSmallTownsAbroadDoNotVouchForEachOther() {
        String text = LEBANON + "Residents of Liberty and of Justice said they heard shots.";
        assertEquals(List.of(), named(text, "Liberty"), "Liberty");
        assertEquals(List.of(), named(text, "Justice"), "Justice");
    }

    @Test
    void keepsTheOnlyPlaceOfAStoryWithoutOtherEvidenceWithReducedConfidence() {
        PlaceMention m = only("Floods struck Ranong on Monday.", "Ranong");
        assertEquals("TH", m.place().countryCode(), "the only reading of Ranong");
        assertTrue(m.confidence() < 0.8, "nothing else supports the reading: " + m.confidence());
    }

    @Test
    void readsNoTownInThePalaceOfAnInstitution() {
        String text = LEBANON + "Protesters marched to the Palace of Justice.";
        assertEquals(List.of(), named(text, "Justice"), "Justice in 'Palace of Justice'");
    }

    @Test
    void readsNoTownInAMovementsName() {
        String text = LEBANON + "Supporters of the Liberty movement stayed home.";
        assertEquals(List.of(), named(text, "Liberty"), "Liberty in 'the Liberty movement'");
    }

    @Test
    void keepsAFamousCityInAUniversitysName() {
        String text = "Students of the American University of Beirut marched on Monday.";
        assertEquals("LB", only(text, "Beirut").place().countryCode(), "Beirut in 'University of Beirut'");
    }
}
