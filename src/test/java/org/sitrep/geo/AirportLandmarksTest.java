package org.sitrep.geo;

import static org.sitrep.geo.ResolvedNames.assertResolvesWithin;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Airports of the compiled gazetteer, resolved through {@link Geocoder#resolve} as news names them. */
class AirportLandmarksTest {
    private static TextGeocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = new TextGeocoder(Gazetteer.loadDefault(), GeocoderConfig.DEFAULT);
    }

    @Test
    void readsHeathrowAsLondonsAirportNotTheFloridaVillage() {
        assertResolvesWithin(geocoder, 25, "Flights were cancelled at Heathrow after fog covered London.",
                "Heathrow", 51.47, -0.45);
    }

    @Test
    void readsHeathrowAirportAsLondonsAirport() {
        assertResolvesWithin(geocoder, 25, "Flights were cancelled at Heathrow Airport after fog covered London.",
                "Heathrow Airport", 51.47, -0.45);
    }

    @Test
    void readsPearsonInternationalAirportAsTorontosAirport() {
        assertResolvesWithin(geocoder, 25, "The plane landed at Pearson International Airport in the storm.",
                "Pearson International Airport", 43.68, -79.63);
    }

    @Test
    void readsSchipholAsAmsterdamsAirport() {
        assertResolvesWithin(geocoder, 25, "Dutch police arrested two men at Schiphol on Sunday, the Netherlands"
                + " military police said.", "Schiphol", 52.31, 4.76);
    }
}
