package org.sitrep.web.alert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import java.util.TreeSet;
import org.sitrep.util.Json;

/**
 * Watches as the API and {@code sitrep watch list} write them:
 * {@code {id, name, kind, point: {lat, lon}, radius_km, polygon, country, admin1, event_types, min_fatalities,
 * webhook}}.
 */
public final class WatchJson {
    private WatchJson() {
    }

    /**
     * @param watch a stored watch
     * @return its JSON, with {@code id}
     */
    public static ObjectNode write(Watch watch) {
        ObjectNode node = Json.mapper().createObjectNode().put("id", watch.id()).put("name", watch.name())
                .put("kind", watch.kind().name().toLowerCase(Locale.ROOT));
        if (watch.area() instanceof Area.Circle c) {
            node.putObject("point").put("lat", c.lat()).put("lon", c.lon());
            node.put("radius_km", c.radiusKm());
        } else if (watch.area() instanceof Area.Polygon p) {
            try {
                node.set("polygon", Json.mapper().readTree(p.geoJson()));
            } catch (IOException e) {
                throw new IllegalStateException("a stored polygon is not JSON", e);
            }
        }
        node.put("country", watch.country()).put("admin1", watch.admin1());
        ArrayNode types = node.putArray("event_types");
        new TreeSet<>(watch.eventTypes()).forEach(types::add);
        return node.put("min_fatalities", watch.minFatalities()).put("webhook", watch.webhook().toString());
    }
}
