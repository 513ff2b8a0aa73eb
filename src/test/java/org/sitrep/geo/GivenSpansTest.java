package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.text.Span;
import org.sitrep.util.GeoMath;

/** {@link Geocoder#resolve}: names marked by a caller are resolved as marked, with the text as context. */
class GivenSpansTest {
    private static TextGeocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = new TextGeocoder(Gazetteer.loadDefault(), GeocoderConfig.DEFAULT);
    }

    private static PlaceMention resolveOne(String text, String name) {
        int start = text.indexOf(name);
        List<PlaceMention> out = geocoder.resolve(text, List.of(new Span(start, start + name.length())));
        assertEquals(1, out.size(), name + " in: " + text + " -> " + out);
        assertEquals(start, out.get(0).start(), "the mention keeps the given start");
        assertEquals(start + name.length(), out.get(0).end(), "the mention keeps the given end");
        return out.get(0);
    }

    @Test
    void readsADemonymMarkedAsAPlaceAsItsCountry() {
        PlaceMention m = resolveOne("Canadian troops arrived on Monday.", "Canadian");
        assertEquals("CA", m.place().countryCode(), "Canadian is Canada, not the Texas town: " + m);
    }

    @Test
    void readsANewsStyleStateAbbreviation() {
        PlaceMention m = resolveOne("The mine is near Charleston, W.Va., officials said.", "W.Va");
        assertEquals("West Virginia", m.place().admin1(), "W.Va.: " + m);
    }

    @Test
    void readsAContinent() {
        PlaceMention m = resolveOne("Gas prices rose across Europe this winter.", "Europe");
        assertEquals(FeatureKind.REGION, m.place().feature(), "Europe: " + m);
    }

    @Test
    void readsANameInsideAHyphenatedWordByItsOwnSpan() {
        PlaceMention m = resolveOne("Russian-backed separatists shelled the town.", "Russian");
        assertEquals("RU", m.place().countryCode(), "Russian in Russian-backed: " + m);
    }

    @Test
    void resolvesAMarkedNameEvenWithoutSupportInTheText() {
        // a small town abroad that the finder alone would drop
        PlaceMention m = resolveOne("Ten people were hurt in Bagdad on Friday.", "Bagdad");
        assertEquals("Bagdad", m.text(), "the marked text");
    }

    @Test
    void leavesOutANameNoGazetteerEntryHas() {
        assertEquals(List.of(), geocoder.resolve("A fire in Qwxzville.", List.of(new Span(10, 19))),
                "an unknown name");
    }

    @Test
    void refusesASpanBeyondTheText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> geocoder.resolve("Kabul", List.of(new Span(0, 9))));
        assertEquals("toponym span 0-9 lies outside the text of 5 characters", e.getMessage());
    }
    @Test
    void placesAStreetNoGazetteerHasInTheStoryTownNotInATownCalledStreet() {
        String text = "Police closed Royal Street in New Orleans on Tuesday. New Orleans officials said the"
                + " parade through the French Quarter of New Orleans would go ahead.";
        PlaceMention m = resolveOne(text, "Royal Street");
        assertEquals("New Orleans", m.place().name(), "Royal Street lies in the story's town: " + m);
        assertEquals(GeoPrecision.NEAR, m.precision(), "a place inferred from the story is only near");
    }

    @Test
    void placesABuildingNamedAfterAFarSmallTownInTheStoryTown() {
        // Carnegie, Pennsylvania gives its name to nothing in a Louisiana story
        String text = "The Carnegie Library reopened in New Orleans. New Orleans readers queued outside.";
        PlaceMention m = resolveOne(text, "Carnegie Library");
        assertEquals("New Orleans", m.place().name(), "the library is in the story's town: " + m);
    }

    @Test
    void stillPlacesABuildingByTheFamousCityInItsName() {
        PlaceMention m = resolveOne("Mass was said at Manila Cathedral on Sunday.", "Manila Cathedral");
        assertEquals("Manila", m.place().name(), "Manila Cathedral is in Manila: " + m);
    }

    @Test
    void readsACountrysOwnNameAsTheCountryNotItsCapital() {
        PlaceMention m = resolveOne("MEXICO CITY (AP) - The Senate said Mexico would limit its cooperation.",
                "Mexico");
        assertEquals(FeatureKind.COUNTRY, m.place().feature(), "Mexico is the country here: " + m);
    }

    @Test
    void readsTheCityOfTheCountryAnAdjectiveNames() {
        PlaceMention m = resolveOne("Police in the Canadian city of London said two men were arrested.", "London");
        assertEquals("CA", m.place().countryCode(), "the Canadian city of London: " + m);
    }

    @Test
    void doesNotLetNamesakesByAlternateNamePullACountryIntoOhio() {
        // Russia, Ohio lies near Piqua (also called Washington) and Saint Paris (also called Paris)
        PlaceMention m = resolveOne("WASHINGTON - U.S. officials said the former officer worked in Russia and"
                + " Paris for years. U.S. and British officials met in Washington on Tuesday, the U.S. embassy said.",
                "Russia");
        assertEquals(FeatureKind.COUNTRY, m.place().feature(), "Russia is the country: " + m);
    }

    @Test
    void doesNotReadACountryAfterACommaAsTheContainerOfAKnownTown() {
        PlaceMention m = resolveOne("To drive the militants from Sirte, the US gave air support to militias from"
                + " Misrata.", "Sirte");
        assertEquals("LY", m.place().countryCode(), "Sirte is the Libyan city, not a US town spelled alike: " + m);
    }

    @Test
    void placesAnUnknownNameAtAPlaceTheStoryNamesByItsOwnName() {
        // "Jamison" is only an alternate name of Jemison, Alabama: here it is a house plan
        String text = "The Jamison model has four bedrooms, and the Jamison plan sells fast. Residents of"
                + " Gainesville, Va., shop at Wegmans.";
        PlaceMention m = resolveOne(text, "Wegmans");
        assertEquals("Gainesville", m.place().name(), "Wegmans lies where the story is: " + m);
        assertEquals("Virginia", m.place().admin1(), "the Virginia Gainesville: " + m);
    }

    @Test
    void readsAProvinceAsTheProvinceThoughACityAbroadSharesItsName() {
        // Ontario, California has 175,000 people; the province has no population in the gazetteer to compare
        PlaceMention m = resolveOne("Officials in Woodstock welcomed the Ontario budget on Thursday.", "Ontario");
        assertEquals(FeatureKind.ADMIN1, m.place().feature(), "Ontario is the province: " + m);
        assertEquals("CA", m.place().countryCode(), "the Canadian province: " + m);
    }

    @Test
    void placesANameKnownOnlyByALooseSpellingFarFromTheStoryAtTheStorysPlace() {
        String text = "Farmers in Mandya protested on Monday over water from the Cauvery. Police in Mandya said"
                + " the protest in Mandya was peaceful.";
        PlaceMention m = resolveOne(text, "Cauvery");
        double km = GeoMath.distanceKm(12.52, 76.90, m.place().latitude(), m.place().longitude());
        assertTrue(km < 100, "the Cauvery of a Mandya story lies near Mandya, not " + Math.round(km) + " km off: " + m);
    }

    @Test
    void readsADivisionsDemonymMarkedAsAPlaceAsTheDivision() {
        PlaceMention m = resolveOne("Ontarians will pay more for hydro under the new budget.", "Ontarians");
        assertEquals("Ontario", m.place().name(), "Ontarians: " + m);
        assertEquals(FeatureKind.ADMIN1, m.place().feature(), "the province: " + m);
    }

    @Test
    void readsTheCityOfTheCountryADivisionsDemonymNames() {
        PlaceMention m = resolveOne("The spy was poisoned in the English city of Salisbury in March.", "Salisbury");
        assertEquals("GB", m.place().countryCode(), "the English city of Salisbury, not Harare: " + m);
    }

    @Test
    void placesANameReadByAFarTownInsideItAtTheStorysPlace() {
        String text = "The Paris Hotel in Newtown reopened on Friday. Sydney police said the Sydney pub was safe.";
        PlaceMention m = resolveOne(text, "Paris Hotel");
        double km = GeoMath.distanceKm(-33.87, 151.21, m.place().latitude(), m.place().longitude());
        assertTrue(km < 300, "a Sydney story's Paris Hotel is not in Paris: " + Math.round(km) + " km, " + m);
    }

    @Test
    void readsSAInASouthAfricanStoryAsSouthAfrica() {
        PlaceMention m = resolveOne("Platinum mines near Rustenburg reopened, and SA exports rose, South African"
                + " officials said.", "SA");
        assertEquals("ZA", m.place().countryCode(), "SA here is South Africa, not Saudi Arabia: " + m);
    }
}
