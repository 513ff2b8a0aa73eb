package org.sitrep.web.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;
import org.sitrep.web.BadRequestException;
import org.sitrep.web.Problem;

/**
 * Reads the ACLED-style query parameters of {@code /api/events} and {@code /api/stats}, collecting every
 * problem before refusing, so that one reply names all of them.
 *
 * @param query  the store query, paging included
 * @param format the reply format
 * @param fields the event fields to keep in JSON replies; empty for all
 */
public record EventParams(EventQuery query, ReplyFormat format, List<String> fields) {
    /** Events per page unless {@code limit} says otherwise. */
    public static final int DEFAULT_LIMIT = 500;
    /** The most events one page may hold. */
    public static final int MAX_LIMIT = 10_000;
    /** The longest text a filter parameter may carry. */
    public static final int MAX_TEXT = 200;
    /** The fields a JSON reply's events have, which {@code fields=} may choose from. */
    public static final List<String> FIELDS = List.of("event_id", "article_ids", "event_date", "time_precision",
            "event_type", "sub_event_type", "actor1", "actor2", "actor1_type", "actor2_type", "blamed_on",
            "claimed_by", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities",
            "injuries", "weapon", "summary", "evidence", "confidence", "outlets", "revision");
    /** Parameters that filter, shared by both endpoints. */
    static final Set<String> FILTERS = Set.of("country", "admin1", "event_date", "event_date_where", "event_type",
            "sub_event_type", "actor", "bbox", "q");
    private static final Set<String> PAGING = Set.of("fields", "limit", "page", "format");

    /**
     * @param params the query string, parameter name to values
     * @return the parameters of an event listing
     * @throws BadRequestException naming every bad or unknown parameter
     */
    public static EventParams listing(Map<String, List<String>> params) {
        return new Reader(params, true).read();
    }

    /**
     * @param params the query string, parameter name to values
     * @return the filters of a statistics request (paging parameters are refused)
     * @throws BadRequestException naming every bad or unknown parameter
     */
    public static EventQuery filters(Map<String, List<String>> params) {
        return new Reader(params, false).read().query();
    }

    /** One pass over one request's parameters; not shared between requests. */
    private static final class Reader {
        private final Map<String, List<String>> params;
        private final boolean paging;
        private final List<Problem> problems = new ArrayList<>();

        Reader(Map<String, List<String>> params, boolean paging) {
            this.params = params;
            this.paging = paging;
        }

        EventParams read() {
            for (String name : params.keySet()) {
                if (!FILTERS.contains(name) && !(paging && PAGING.contains(name))) {
                    problems.add(new Problem(name, "unknown parameter"));
                }
            }
            LocalDate[] range = dates();
            BoundingBox bbox = bbox();
            int limit = number("limit", DEFAULT_LIMIT, 0, MAX_LIMIT);
            int page = number("page", 1, 1, Integer.MAX_VALUE);
            ReplyFormat format = format();
            List<String> fields = fields();
            EventQuery query = new EventQuery(text("country"), text("admin1"), range[0], range[1], text("event_type"),
                    text("sub_event_type"), text("actor"), bbox, text("q"), limit, 0);
            if (!problems.isEmpty()) {
                throw new BadRequestException(problems);
            }
            long offset = (long) (page - 1) * limit;
            if (offset > Integer.MAX_VALUE) {
                throw new BadRequestException(List.of(new Problem("page", "is beyond the last possible page")));
            }
            return new EventParams(query.withOffset((int) offset), format, fields);
        }

        private String single(String name) {
            List<String> values = params.get(name);
            if (values == null || values.isEmpty()) {
                return null;
            }
            if (values.size() > 1) {
                problems.add(new Problem(name, "given more than once"));
                return null;
            }
            String value = values.get(0).strip();
            return value.isEmpty() ? null : value;
        }

        private String text(String name) {
            String value = single(name);
            if (value != null && value.length() > MAX_TEXT) {
                problems.add(new Problem(name, "longer than " + MAX_TEXT + " characters"));
                return null;
            }
            return value;
        }

        private int number(String name, int fallback, int min, int max) {
            String value = single(name);
            if (value == null) {
                return fallback;
            }
            String range = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
            try {
                int n = Integer.parseInt(value);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // Reported below with the range expected.
            }
            problems.add(new Problem(name, "must be a whole number " + range + ", got '" + value + "'"));
            return fallback;
        }

        private BoundingBox bbox() {
            String value = single("bbox");
            if (value == null) {
                return null;
            }
            try {
                return BoundingBox.parse(value);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("bbox", "must be minLon,minLat,maxLon,maxLat in degrees with min <= max,"
                        + " got '" + value + "'"));
                return null;
            }
        }

        private ReplyFormat format() {
            String value = single("format");
            if (value == null) {
                return ReplyFormat.JSON;
            }
            try {
                return ReplyFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("format", "must be json, csv or geojson, got '" + value + "'"));
                return ReplyFormat.JSON;
            }
        }

        private List<String> fields() {
            String value = single("fields");
            if (value == null) {
                return List.of();
            }
            List<String> fields = new ArrayList<>();
            for (String field : value.split("\\|")) {
                if (FIELDS.contains(field.strip())) {
                    fields.add(field.strip());
                } else {
                    problems.add(new Problem("fields", "unknown field '" + field.strip() + "'"));
                }
            }
            return fields;
        }

        /** @return {from, to}, either null when open */
        private LocalDate[] dates() {
            String where = single("event_date_where");
            String value = single("event_date");
            if (value == null) {
                if (where != null) {
                    problems.add(new Problem("event_date_where", "needs event_date"));
                }
                return new LocalDate[2];
            }
            String op = where == null ? "=" : where.toUpperCase(Locale.ROOT);
            if (op.equals("BETWEEN")) {
                return between(value);
            }
            LocalDate day = day(value);
            return switch (op) {
                case "=" -> new LocalDate[]{day, day};
                case ">=" -> new LocalDate[]{day, null};
                case "<=" -> new LocalDate[]{null, day};
                default -> {
                    problems.add(new Problem("event_date_where", "must be =, >=, <= or BETWEEN, got '" + where + "'"));
                    yield new LocalDate[2];
                }
            };
        }

        private LocalDate[] between(String value) {
            String[] parts = value.split("\\|", -1);
            if (parts.length != 2) {
                problems.add(new Problem("event_date", "with BETWEEN must be two dates as FROM|TO, got '" + value + "'"));
                return new LocalDate[2];
            }
            LocalDate from = day(parts[0].strip());
            LocalDate to = day(parts[1].strip());
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(new Problem("event_date", "range ends before it starts: '" + value + "'"));
                return new LocalDate[2];
            }
            return new LocalDate[]{from, to};
        }

        private LocalDate day(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(new Problem("event_date", "must be a date YYYY-MM-DD, got '" + value + "'"));
                return null;
            }
        }
    }
}
