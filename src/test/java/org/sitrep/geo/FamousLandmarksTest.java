package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sitrep.geo.ResolvedNames.assertResolvesWithin;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Well-known buildings and sites of the curated landmark list, resolved through {@link Geocoder#resolve}
 * where news names them instead of a town. The expected points are the sites' own coordinates.
 */
class FamousLandmarksTest {
    private static TextGeocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = new TextGeocoder(Gazetteer.loadDefault(), GeocoderConfig.DEFAULT);
    }

    @Test
    void readsTheWhiteHouseAsThePresidentsResidenceNotTheTennesseeTown() {
        assertResolvesWithin(geocoder, 2, "The White House said the president would sign the bill on Friday.",
                "White House", 38.8977, -77.0365);
    }

    @Test
    void readsTheKremlinAsMoscowsFortress() {
        assertResolvesWithin(geocoder, 2, "The Kremlin said Russia would answer the new sanctions.",
                "Kremlin", 55.7520, 37.6175);
    }

    @Test
    void readsWindsorCastleAsTheRoyalResidenceNotTheJamaicanVillage() {
        assertResolvesWithin(geocoder, 2, "The King hosted the visiting president at Windsor Castle on Tuesday.",
                "Windsor Castle", 51.4839, -0.6044);
    }

    @Test
    void readsTheCapitolAsTheSeatOfCongressNotCapitola() {
        assertResolvesWithin(geocoder, 2, "Lawmakers returned to the Capitol as the shutdown entered its third"
                + " week.", "Capitol", 38.8899, -77.0091);
    }

    @Test
    void readsTrumpTowerAsTheManhattanBuildingNotATownCalledTower() {
        assertResolvesWithin(geocoder, 2, "Protesters gathered outside Trump Tower in Manhattan.",
                "Trump Tower", 40.7625, -73.9737);
    }

    @Test
    void readsDowningStreetAsThePrimeMinistersOffice() {
        assertResolvesWithin(geocoder, 2, "Downing Street said the prime minister had spoken to the French"
                + " president.", "Downing Street", 51.5034, -0.1276);
    }

    @Test
    void readsTheZaporizhzhiaNuclearPowerPlantAsThePlantByEnerhodar() {
        assertResolvesWithin(geocoder, 5, "Shelling cut power to the Zaporizhzhia nuclear power plant again, the"
                + " IAEA said.", "Zaporizhzhia nuclear power plant", 47.51, 34.59);
    }

    @Test
    void keepsTheAirportBesideThePentagonUnderItsNewsName() {
        // a curated landmark within 3 km hides a package airport, so the list carries this one itself
        assertResolvesWithin(geocoder, 2, "Flights were halted at Reagan National Airport after the collision.",
                "Reagan National Airport", 38.852, -77.038);
    }

    @Test
    void neverReadsParliamentAloneAsALandmark() {
        for (PlaceMention m : ResolvedNames.resolve(geocoder, "Parliament voted on the budget late on Wednesday.",
                "Parliament")) {
            assertNotEquals(FeatureKind.LANDMARK, m.place().feature(), "Parliament alone is no landmark: " + m);
        }
    }
}
