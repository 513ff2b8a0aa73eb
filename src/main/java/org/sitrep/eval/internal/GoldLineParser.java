package org.sitrep.eval.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.eval.GoldArticle;
import org.sitrep.eval.GoldEvent;

/**
 * Turns the JSON object of one gold line into a {@link GoldArticle}, checking the type of every field it reads.
 * Fields it does not know (such as {@code event_id} or {@code summary}) are ignored.
 */
public final class GoldLineParser {

    /** A field of the line has the wrong type or an impossible value; the message names the field. */
    public static final class BadFieldException extends JsonLinesFile.BadLineException {
        private static final long serialVersionUID = 1L;

        BadFieldException(String message) {
            super(message);
        }
    }

    /**
     * @param line the parsed line
     * @return the article
     * @throws BadFieldException if the line is not an object or a field is missing, mistyped or impossible
     */
    public GoldArticle parse(JsonNode line) {
        if (!line.isObject()) {
            throw new BadFieldException("expected a JSON object, got "
                    + line.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String id = requiredText(line, "id", "");
        String text = requiredText(line, "text", "");
        List<GoldEvent> events = new ArrayList<>();
        JsonNode list = line.get("events");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new BadFieldException("'events' must be a list");
            }
            for (int i = 0; i < list.size(); i++) {
                events.add(event(list.get(i), "event " + (i + 1) + ": "));
            }
        }
        return new GoldArticle(id, text(line, "published", ""), text(line, "title", ""), text,
                text(line, "url", ""), text(line, "source", ""), events, text(line, "label", ""),
                text(line, "incident_id", ""));
    }

    private GoldEvent event(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new BadFieldException(where + "expected a JSON object");
        }
        Integer timePrecision = integer(node, "time_precision", where, 1, 3);
        String actor1 = text(node, "actor1", where);
        String actor2 = text(node, "actor2", where);
        LocalDate date = null;
        String dateText = text(node, "event_date", where);
        if (dateText != null) {
            date = date(dateText, where);
            if (dateText.length() == 7) {
                if (timePrecision != null && timePrecision != 3) {
                    throw new BadFieldException(where + "'event_date' " + dateText
                            + " names a month but 'time_precision' is " + timePrecision);
                }
                timePrecision = 3;
            }
        }
        return new GoldEvent(date, timePrecision, text(node, "event_type", where),
                text(node, "sub_event_type", where), actor1, actor2,
                names(actor1, node, "actor1_any", where), names(actor2, node, "actor2_any", where),
                actorType(node, "actor1_type", where), actorType(node, "actor2_type", where),
                text(node, "blamed_on", where), text(node, "claimed_by", where), text(node, "country", where),
                text(node, "admin1", where), text(node, "location", where),
                number(node, "latitude", where, 90), number(node, "longitude", where, 180),
                integer(node, "geo_precision", where, 1, 3), integer(node, "fatalities", where, 0, Integer.MAX_VALUE),
                integer(node, "injuries", where, 0, Integer.MAX_VALUE), text(node, "weapon", where));
    }

    private static LocalDate date(String value, String where) {
        try {
            return value.length() == 7 ? YearMonth.parse(value).atDay(1) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadFieldException(where + "'event_date' must be YYYY-MM-DD or YYYY-MM, got \"" + value + "\"");
        }
    }

    private static List<String> names(String single, JsonNode node, String field, String where) {
        List<String> names = new ArrayList<>();
        if (single != null) {
            names.add(single);
        }
        JsonNode list = node.get(field);
        if (list == null || list.isNull()) {
            return names;
        }
        if (list.isTextual()) {
            names.add(list.asText());
            return names;
        }
        if (!list.isArray()) {
            throw new BadFieldException(where + "'" + field + "' must be a list of strings");
        }
        for (JsonNode name : list) {
            if (!name.isTextual()) {
                throw new BadFieldException(where + "'" + field + "' must be a list of strings, got " + name);
            }
            names.add(name.asText());
        }
        return names;
    }

    static String requiredText(JsonNode node, String field, String where) {
        String value = text(node, field, where);
        if (value == null) {
            throw new BadFieldException(where + "'" + field + "' is missing");
        }
        return value;
    }

    static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadFieldException(where + "'" + field + "' must be a string, got " + value);
        }
        return value.asText();
    }

    static Integer integer(JsonNode node, String field, String where, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            throw new BadFieldException(where + "'" + field + "' must be a whole number from " + min
                    + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", got " + value);
        }
        return value.asInt();
    }

    /** ACLED codes a missing actor as type 0; the Event format says null, so 0 reads as null. */
    private static Integer actorType(JsonNode node, String field, String where) {
        Integer type = integer(node, field, where, 0, 8);
        return type == null || type == 0 ? null : type;
    }

    static Double number(JsonNode node, String field, String where, double limit) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || Math.abs(value.asDouble()) > limit) {
            throw new BadFieldException(where + "'" + field + "' must be a number from -" + (int) limit + " to "
                    + (int) limit + ", got " + value);
        }
        return value.asDouble();
    }
}
