package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.util.GeoMath;

/**
 * The place names users most often see resolved wrongly by other geoparsers, one story each: the reading a
 * careful reader takes from the rest of the text.
 */
class AmbiguousPlaceNamesTest {
    private static TextGeocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = new TextGeocoder(Gazetteer.loadDefault(), GeocoderConfig.DEFAULT);
    }

    private static Place place(String text, String name) {
        List<PlaceMention> found = geocoder.find(text, List.of()).stream().filter(m -> m.text().equals(name)).toList();
        assertEquals(1, found.size(), "mentions of " + name + " in: " + text + " -> " + found);
        return found.get(0).place();
    }

    private static void assertNear(double lat, double lon, Place p, String what) {
        double km = GeoMath.distanceKm(lat, lon, p.latitude(), p.longitude());
        assertTrue(km < 50, what + ": expected near " + lat + "," + lon + " but got " + p + " (" + Math.round(km)
                + " km off)");
    }

    @Test
    void readsOklahomaAsTheStateNotATownOfThatName() {
        Place p = place("Storms tore through Oklahoma overnight, the state's emergency agency said.", "Oklahoma");
        assertEquals(FeatureKind.ADMIN1, p.feature(), "Oklahoma is the state: " + p);
        assertEquals("US", p.countryCode(), "Oklahoma: " + p);
    }

    @Test
    void readsWashingtonAsTheCapitalInAPoliticsStory() {
        Place p = place("Lawmakers in Washington passed the budget after the White House dropped its objections.",
                "Washington");
        assertNear(38.90, -77.04, p, "Washington in a politics story is the capital");
    }

    @Test
    void readsWashingtonAsTheStateInAForestFireStoryAboutSpokane() {
        Place p = place("A forest fire near Spokane has burned 20,000 acres in eastern Washington, state officials "
                + "said on Tuesday.", "Washington");
        assertEquals(FeatureKind.ADMIN1, p.feature(), "Washington near Spokane is the state: " + p);
    }

    @Test
    void readsMoscowAsTheIdahoTownWhenTheStoryIsLocal() {
        Place p = place("Police in Moscow, Idaho, arrested a man after a robbery near the university campus.",
                "Moscow");
        assertEquals("Idaho", p.admin1(), "Moscow, Idaho: " + p);
    }

    @Test
    void readsMoscowAsTheRussianCapitalOtherwise() {
        Place p = place("Talks in Moscow ended without agreement, the Kremlin said.", "Moscow");
        assertEquals("RU", p.countryCode(), "Moscow: " + p);
    }

    @Test
    void readsGeorgiaAsTheUsStateInAStoryAboutAtlanta() {
        Place p = place("Voters in Georgia lined up for hours in Atlanta and Savannah on Tuesday.", "Georgia");
        assertEquals(FeatureKind.ADMIN1, p.feature(), "Georgia with Atlanta is the state: " + p);
        assertEquals("US", p.countryCode(), "Georgia with Atlanta: " + p);
    }

    @Test
    void readsGeorgiaAsTheCountryInAStoryAboutTbilisi() {
        Place p = place("Georgia accused Russia of moving troops into South Ossetia, and Tbilisi called for talks.",
                "Georgia");
        assertEquals(FeatureKind.COUNTRY, p.feature(), "Georgia with Tbilisi is the country: " + p);
        assertEquals("GE", p.countryCode(), "Georgia with Tbilisi: " + p);
    }

    @Test
    void readsSpringfieldByTheStateWrittenAfterIt() {
        assertEquals("Missouri", place("A tornado hit Springfield, Missouri, late on Sunday.", "Springfield").admin1(),
                "Springfield, Missouri");
        assertEquals("Illinois", place("A tornado hit Springfield, Ill., late on Sunday.", "Springfield").admin1(),
                "Springfield, Ill. (news-style abbreviation)");
    }

    @Test
    void neverReadsEuropeanAsAMineInArizona() {
        List<PlaceMention> found = geocoder.find("European leaders met in Brussels to discuss sanctions.", List.of());
        for (PlaceMention m : found) {
            assertTrue(!m.text().equals("European") || m.place().feature() == FeatureKind.REGION,
                    "'European' may only name Europe: " + m);
        }
        assertEquals("BE", found.stream().filter(m -> m.text().equals("Brussels")).findFirst().orElseThrow()
                .place().countryCode(), "Brussels in: " + found);
    }

    @Test
    void readsACountryNameAsTheCountryCodedAsARegion() {
        List<PlaceMention> found = geocoder.find("Flooding in Pakistan displaced thousands of families.", List.of());
        assertEquals(1, found.size(), "one place in: " + found);
        assertEquals(FeatureKind.COUNTRY, found.get(0).place().feature(), "Pakistan: " + found);
        assertEquals(GeoPrecision.REGION, found.get(0).precision(), "a country locates only a region");
    }

    @Test
    void readsTheGreenZoneAsTheBaghdadLandmark() {
        Place p = place("Rockets struck the Green Zone in Baghdad on Sunday night.", "Green Zone");
        assertEquals(FeatureKind.LANDMARK, p.feature(), "Green Zone: " + p);
        assertEquals("IQ", p.countryCode(), "Green Zone: " + p);
    }

    @Test
    void readsParisAsTheFrenchCapitalUnlessTheTextSaysTexas() {
        assertEquals("FR", place("Fashion week opened in Paris on Monday.", "Paris").countryCode(),
                "Paris alone is in France");
        assertEquals("Texas", place("A storm damaged homes in Paris, Texas, on Monday.", "Paris").admin1(),
                "Paris, Texas");
    }

    @Test
    void readsDivisionsNamedInTheTextBeforeNamesakeTowns() {
        Place p = place("Wildfires in California forced thousands from their homes.", "California");
        assertEquals(FeatureKind.ADMIN1, p.feature(), "California is the state, not the Maryland town: " + p);
    }
}
