package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.util.GeoMath;

class GazetteerTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadDefault();
    }

    private static Place city(String name, String countryCode) {
        return gazetteer.lookup(name).stream()
                .filter(p -> p.feature() == FeatureKind.CITY && p.countryCode().equals(countryCode))
                .findFirst().orElseThrow(() -> new AssertionError("no city " + name + " in " + countryCode));
    }

    @Test
    void reportsAMissingIndexWithTheBuildCommand() {
        GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.load("/no/such/index.bin"));
        assertEquals("gazetteer index not found on the classpath: run 'mvn package' to build it", e.getMessage());
    }

    @Test
    void namesTheIraqiCapitalsDivisionBaghdad() {
        assertEquals("Baghdad", city("Baghdad", "IQ").admin1(), "Baghdad's admin1 from the code join");
    }

    @Test
    void knowsTheCapitalCitiesOfIraqAndAfghanistan() {
        assertEquals("Baghdad", gazetteer.capital("IQ").map(Place::name).orElse("none"), "capital of Iraq");
        assertEquals("Kabul", gazetteer.capital("af").map(Place::name).orElse("none"), "capital of Afghanistan");
    }

    @Test
    void knowsNoCapitalOfAnUnknownCountryCode() {
        assertTrue(gazetteer.capital("XX").isEmpty(), "XX is no country");
    }

    @Test
    void namesMazarISharifsDivisionBalkh() {
        assertEquals("Balkh", city("Mazar-i-Sharif", "AF").admin1(), "Mazar-i-Sharif lies in Balkh");
    }

    @Test
    void namesKandaharsDivisionKandahar() {
        assertEquals("Kandahar", city("Kandahar", "AF").admin1(), "Kandahar city lies in Kandahar province");
    }

    @Test
    void findsTheSamePlaceWithAndWithoutTheArabicArticle() {
        assertEquals(city("Ramadi", "IQ"), city("al-Ramadi", "IQ"), "al-Ramadi is Ramadi");
        assertEquals(city("Ramadi", "IQ"), city("Ar Ramadi", "IQ"), "Ar Ramadi is Ramadi");
    }

    @Test
    void findsTheSamePlaceWhateverTheIyahEnding() {
        assertEquals(city("Nasiriyah", "IQ"), city("Nasiriya", "IQ"), "Nasiriya is Nasiriyah");
    }

    @Test
    void findsCountriesByDemonym() {
        assertEquals("Iraq", gazetteer.country("Iraqi").orElseThrow().name(), "Iraqi");
        assertEquals("Afghanistan", gazetteer.country("Afghan").orElseThrow().name(), "Afghan");
        assertEquals("Iran", gazetteer.country("Iranian").orElseThrow().name(), "Iranian");
    }

    @Test
    void findsTheUnitedStatesByItsAbbreviationsAndAdjective() {
        for (String s : List.of("U.S.", "US", "American", "United States", "USA")) {
            assertEquals("United States", gazetteer.country(s).map(Place::name).orElse("nothing"), s);
        }
    }

    @Test
    void usesTheShortEventDataNameForCongo() {
        assertEquals("Democratic Republic of Congo", gazetteer.country("DRC").orElseThrow().name(), "DRC");
    }

    @Test
    void findsCountriesByIsoCode() {
        assertEquals("Iraq", gazetteer.country("IQ").orElseThrow().name(), "IQ");
    }

    @Test
    void knowsNothingOfAnInventedCountry() {
        assertTrue(gazetteer.country("Freedonian").isEmpty(), "Freedonian is no demonym");
    }

    @Test
    void findsAFirstLevelDivisionWithOrWithoutItsTitle() {
        assertEquals(FeatureKind.ADMIN1, gazetteer.admin1("AF", "Balkh").orElseThrow().feature(), "Balkh");
        assertEquals("Baghdad", gazetteer.admin1("IQ", "Baghdad Governorate").orElseThrow().name(),
                "Baghdad Governorate");
    }

    @Test
    void findsTheGreenZoneLandmark() {
        Place zone = gazetteer.lookup("Green Zone").stream().filter(p -> p.feature() == FeatureKind.LANDMARK)
                .findFirst().orElseThrow();
        assertEquals("Baghdad - Green Zone", zone.name(), "landmark name");
        assertEquals(33.3128, zone.latitude(), 1e-3, "latitude");
        assertEquals(44.3872, zone.longitude(), 1e-3, "longitude");
        assertEquals("Baghdad", zone.admin1(), "admin1");
    }

    @Test
    void placesABoroughNamedAfterItsTownAtTheTown() {
        // the division source once gave the borough of Liverpool a point in Mexico
        for (Place p : gazetteer.lookup("Liverpool")) {
            if (p.countryCode().equals("GB")) {
                double km = GeoMath.distanceKm(53.41, -2.98, p.latitude(), p.longitude());
                assertTrue(km < 50, "every British Liverpool lies at Liverpool, not " + Math.round(km) + " km off: " + p);
            }
        }
    }

    @Test
    void putsBelfastInNorthernIreland() {
        assertEquals("Northern Ireland", city("Belfast", "GB").admin1(), "Belfast's division");
    }

    @Test
    void keepsADivisionInItsOwnCountryWhenTheSourcePutsItElsewhere() {
        // the division source gives Cameroon's Far North region a point in Siberia
        Place farNorth = gazetteer.lookup("Far North").stream().filter(p -> p.countryCode().equals("CM")).findFirst()
                .orElseThrow(() -> new AssertionError("no Far North in Cameroon"));
        double km = GeoMath.distanceKm(3.87, 11.52, farNorth.latitude(), farNorth.longitude());
        assertTrue(km < 1500, "Far North lies " + Math.round(km) + " km from Yaounde: " + farNorth);
    }
}
