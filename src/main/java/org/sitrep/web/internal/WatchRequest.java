package org.sitrep.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.util.Json;
import org.sitrep.web.BadRequestException;
import org.sitrep.web.Problem;
import org.sitrep.web.alert.Area;
import org.sitrep.web.alert.Watch;
import org.sitrep.web.alert.WatchJson;
import org.sitrep.web.alert.WatchKind;
import org.sitrep.web.alert.WebhookUrl;

/**
 * A watch as {@code POST /api/watches} sends it: the JSON {@link WatchJson} writes, without {@code id}.
 */
public final class WatchRequest {
    private WatchRequest() {
    }

    /**
     * @param body a watch as JSON, without id
     * @return the watch, id 0
     * @throws BadRequestException naming each bad field (as {@code body.<field>})
     */
    public static Watch read(byte[] body) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(body);
        } catch (IOException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw new BadRequestException(List.of(new Problem("body", "must be a watch as a JSON object")));
        }
        List<Problem> problems = new ArrayList<>();
        String kindText = node.path("kind").asText("area");
        WatchKind kind = WatchKind.AREA;
        try {
            kind = WatchKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("body.kind", "must be area or surge, got '" + kindText + "'"));
        }
        Area area = kind == WatchKind.AREA ? area(node, problems) : null;
        Set<String> types = new TreeSet<>();
        node.path("event_types").forEach(t -> types.add(t.asText()));
        URI webhook = null;
        try {
            webhook = WebhookUrl.parse(node.path("webhook").asText(""));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("body.webhook", e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        try {
            return new Watch(0, node.path("name").asText("unnamed"), kind, area, text(node, "country"),
                    text(node, "admin1"), types, node.path("min_fatalities").asInt(Watch.DEFAULT_MIN_FATALITIES),
                    webhook);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(List.of(new Problem("body", e.getMessage())));
        }
    }

    private static Area area(JsonNode node, List<Problem> problems) {
        try {
            if (node.has("polygon")) {
                return Area.Polygon.parse(node.get("polygon").toString());
            }
            JsonNode point = node.path("point");
            if (!point.path("lat").isNumber() || !point.path("lon").isNumber() || !node.path("radius_km").isNumber()) {
                problems.add(new Problem("body.point", "an area watch needs point {lat, lon} and radius_km, or polygon"));
                return null;
            }
            return new Area.Circle(point.get("lat").asDouble(), point.get("lon").asDouble(),
                    node.get("radius_km").asDouble());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(node.has("polygon") ? "body.polygon" : "body.point", e.getMessage()));
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
