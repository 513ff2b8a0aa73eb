package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Span;
import org.sitrep.internal.GeoMath;

/** Airports of the compiled gazetteer, resolved through {@link Geocoder#resolve} as news names them. */
class AirportLandmarksTest {
    private static Gazetteer gazetteer;
    private static Geocoder geocoder;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadDefault();
        geocoder = new Geocoder(gazetteer, GeocoderConfig.DEFAULT);
    }

    private static PlaceMention resolveOne(String text, String name) {
        int start = text.indexOf(name);
        List<PlaceMention> out = geocoder.resolve(text, List.of(new Span(start, start + name.length())));
        assertEquals(1, out.size(), name + " in: " + text + " -> " + out);
        return out.get(0);
    }

    private static void assertWithin(double km, double lat, double lon, PlaceMention m) {
        double off = GeoMath.distanceKm(lat, lon, m.place().latitude(), m.place().longitude());
        assertTrue(off <= km, m.text() + " lies " + Math.round(off) + " km from " + lat + "," + lon + ": " + m);
    }

    @Test
    void readsHeathrowAsLondonsAirportNotTheFloridaVillage() {
        PlaceMention m = resolveOne("Flights were cancelled at Heathrow after fog covered London.", "Heathrow");
        assertWithin(25, 51.47, -0.45, m);
    }

    @Test
    void readsHeathrowAirportAsLondonsAirport() {
        PlaceMention m = resolveOne("Flights were cancelled at Heathrow Airport after fog covered London.",
                "Heathrow Airport");
        assertWithin(25, 51.47, -0.45, m);
    }

    @Test
    void readsPearsonInternationalAirportAsTorontosAirport() {
        PlaceMention m = resolveOne("The plane landed at Pearson International Airport in the storm.",
                "Pearson International Airport");
        assertWithin(25, 43.68, -79.63, m);
    }

    @Test
    void readsSchipholAsAmsterdamsAirport() {
        PlaceMention m = resolveOne("Dutch police arrested two men at Schiphol on Sunday, the Netherlands"
                + " military police said.", "Schiphol");
        assertWithin(25, 52.31, 4.76, m);
    }
}
