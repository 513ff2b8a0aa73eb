package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Span;
import org.sitrep.internal.GeoMath;

/**
 * Well-known buildings and sites of the curated landmark list, resolved through {@link Geocoder#resolve}
 * as news names them instead of a town.
 */
class FamousLandmarksTest {
    private static Geocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = new Geocoder(Gazetteer.loadDefault(), GeocoderConfig.DEFAULT);
    }

    private static List<PlaceMention> resolve(String text, String name) {
        int start = text.indexOf(name);
        return geocoder.resolve(text, List.of(new Span(start, start + name.length())));
    }

    private static PlaceMention resolveOne(String text, String name) {
        List<PlaceMention> out = resolve(text, name);
        assertEquals(1, out.size(), name + " in: " + text + " -> " + out);
        return out.get(0);
    }

    private static void assertWithin(double km, double lat, double lon, PlaceMention m) {
        double off = GeoMath.distanceKm(lat, lon, m.place().latitude(), m.place().longitude());
        assertTrue(off <= km, m.text() + " lies " + Math.round(off) + " km from " + lat + "," + lon + ": " + m);
    }

    @Test
    void readsTheWhiteHouseAsThePresidentsResidenceNotTheTennesseeTown() {
        PlaceMention m = resolveOne("The White House said the president would sign the bill on Friday.",
                "White House");
        assertWithin(2, 38.8977, -77.0365, m);
    }

    @Test
    void readsTheKremlinAsMoscowsFortress() {
        PlaceMention m = resolveOne("The Kremlin said Russia would answer the new sanctions.", "Kremlin");
        assertWithin(2, 55.7520, 37.6175, m);
    }

    @Test
    void readsWindsorCastleAsTheRoyalResidenceNotTheJamaicanVillage() {
        PlaceMention m = resolveOne("The King hosted the visiting president at Windsor Castle on Tuesday.",
                "Windsor Castle");
        assertWithin(2, 51.4839, -0.6044, m);
    }

    @Test
    void readsTheCapitolAsTheSeatOfCongressNotCapitola() {
        PlaceMention m = resolveOne("Lawmakers returned to the Capitol as the shutdown entered its third week.",
                "Capitol");
        assertWithin(2, 38.8899, -77.0091, m);
    }

    @Test
    void readsTrumpTowerAsTheManhattanBuildingNotATownCalledTower() {
        PlaceMention m = resolveOne("Protesters gathered outside Trump Tower in Manhattan.", "Trump Tower");
        assertWithin(2, 40.7625, -73.9737, m);
    }

    @Test
    void readsDowningStreetAsThePrimeMinistersOffice() {
        PlaceMention m = resolveOne("Downing Street said the prime minister had spoken to the French president.",
                "Downing Street");
        assertWithin(2, 51.5034, -0.1276, m);
    }

    @Test
    void readsZaporizhzhiaNuclearPowerPlantAsThePlantByEnerhodar() {
        PlaceMention m = resolveOne("Shelling cut power to the Zaporizhzhia nuclear power plant again, the IAEA said.",
                "Zaporizhzhia nuclear power plant");
        assertWithin(5, 47.51, 34.59, m);
    }

    @Test
    void neverReadsParliamentAloneAsALandmark() {
        List<PlaceMention> out = resolve("Parliament voted on the budget late on Wednesday.", "Parliament");
        for (PlaceMention m : out) {
            assertNotEquals(FeatureKind.LANDMARK, m.place().feature(), "Parliament alone is no landmark: " + m);
        }
    }

    @Test
    void keepsTheAirportBesideThePentagonUnderItsNewsName() {
        PlaceMention m = resolveOne("Flights were halted at Reagan National Airport after the collision.",
                "Reagan National Airport");
        assertWithin(2, 38.852, -77.038, m);
    }
}
