package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.sitrep.text.Span;
import org.sitrep.util.GeoMath;

/** Test helper: resolves the first occurrence of a name in a text as a given span and checks where it lands. */
final class ResolvedNames {
    private ResolvedNames() {
    }

    /** @return what {@link Geocoder#resolve} makes of the first occurrence of {@code name} in {@code text} */
    static List<PlaceMention> resolve(TextGeocoder geocoder, String text, String name) {
        int start = text.indexOf(name);
        assertTrue(start >= 0, "the text holds no " + name + ": " + text);
        return geocoder.resolve(text, List.of(new Span(start, start + name.length())));
    }

    /** @return the one mention the name resolves to; fails when it resolves to none or to several */
    static PlaceMention resolveOne(TextGeocoder geocoder, String text, String name) {
        List<PlaceMention> out = resolve(geocoder, text, name);
        assertEquals(1, out.size(), name + " in: " + text + " -> " + out);
        return out.get(0);
    }

    /** Fails unless the mention's place lies within {@code km} kilometres of the point. */
    static void assertWithin(double km, double lat, double lon, PlaceMention m) {
        double off = GeoMath.distanceKm(lat, lon, m.place().latitude(), m.place().longitude());
        assertTrue(off <= km, m.text() + " lies " + Math.round(off) + " km from " + lat + "," + lon + ": " + m);
    }

    /** Fails unless the name, resolved in the text, lies within {@code km} kilometres of the point. */
    static void assertResolvesWithin(TextGeocoder geocoder, double km, String text, String name, double lat,
                                     double lon) {
        assertWithin(km, lat, lon, resolveOne(geocoder, text, name));
    }
}
