package org.sitrep.eval.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.eval.GeoDocument;
import org.sitrep.eval.GeoToponym;

/**
 * Turns the JSON object of one geoparsing gold line into a {@link GeoDocument}, checking every field it
 * reads: spans must lie inside the text and toponyms carry coordinates.
 */
public final class GeoLineParser {
    /** Whether toponyms must carry their true coordinates. */
    public enum Coordinates {
        /** Gold for scoring: every toponym has latitude and longitude. */
        REQUIRED,
        /** Spans to resolve: coordinates may be absent. */
        OPTIONAL
    }

    private final Coordinates coordinates;

    /** @param coordinates whether toponyms must carry coordinates */
    public GeoLineParser(Coordinates coordinates) {
        this.coordinates = coordinates;
    }

    /**
     * @param line the parsed line
     * @return the document
     * @throws GoldLineParser.BadFieldException if a field is missing, mistyped or impossible
     */
    public GeoDocument parse(JsonNode line) {
        if (!line.isObject()) {
            throw new GoldLineParser.BadFieldException("expected a JSON object, got "
                    + line.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String id = GoldLineParser.requiredText(line, "id", "");
        String text = GoldLineParser.requiredText(line, "text", "");
        JsonNode list = line.get("toponyms");
        if (list == null || !list.isArray()) {
            throw new GoldLineParser.BadFieldException("'toponyms' must be a list");
        }
        List<GeoToponym> toponyms = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            toponyms.add(toponym(list.get(i), text, "toponym " + (i + 1) + ": ", coordinates));
        }
        return new GeoDocument(id, GoldLineParser.text(line, "published", ""), GoldLineParser.text(line, "url", ""),
                text, toponyms);
    }

    private static GeoToponym toponym(JsonNode node, String text, String where, Coordinates coordinates) {
        if (!node.isObject()) {
            throw new GoldLineParser.BadFieldException(where + "expected a JSON object");
        }
        int start = required(GoldLineParser.integer(node, "start", where, 0, text.length()), "start", where);
        int end = required(GoldLineParser.integer(node, "end", where, start, text.length()), "end", where);
        Double latitude = GoldLineParser.number(node, "latitude", where, 90);
        Double longitude = GoldLineParser.number(node, "longitude", where, 180);
        if (coordinates == Coordinates.REQUIRED) {
            required(latitude, "latitude", where);
            required(longitude, "longitude", where);
        }
        JsonNode id = node.get("geonameid");
        return new GeoToponym(start, end, text.substring(start, end), latitude, longitude,
                id == null || id.isNull() ? null : id.asText());
    }

    private static <T> T required(T value, String field, String where) {
        if (value == null) {
            throw new GoldLineParser.BadFieldException(where + "'" + field + "' is missing");
        }
        return value;
    }
}
