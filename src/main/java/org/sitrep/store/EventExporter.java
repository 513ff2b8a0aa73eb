package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Objects;
import org.sitrep.extract.Event;
import org.sitrep.util.Json;

/**
 * Writes stored events in one export format, one event at a time, so that exports of any size stream.
 * Not thread-safe: one exporter per output.
 */
public final class EventExporter implements Closeable {
    /** The first characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
    private static final String FORMULA_START = "=+-@\t\r";
    /** A number as text, which a spreadsheet reads as that number and never as a formula. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /**
     * The CSV header: ACLED's columns that Sitrep fills, in ACLED's order ({@code event_id_cnty} ...
     * {@code fatalities}), then Sitrep's own fields.
     */
    public static final List<String> CSV_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2", "country", "admin1", "location",
            "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "injuries", "weapon",
            "blamed_on", "claimed_by", "confidence", "article_ids");

    private final ExportFormat format;
    private final Writer out;
    private boolean first = true;

    private EventExporter(ExportFormat format, Writer out) {
        this.format = format;
        this.out = out;
    }

    /**
     * Starts an export: writes the CSV header or the opening of the FeatureCollection.
     *
     * @param format the format
     * @param out    where to write; closed by {@link #close()}
     * @return the exporter
     * @throws IOException if writing fails
     */
    public static EventExporter open(ExportFormat format, Writer out) throws IOException {
        EventExporter exporter = new EventExporter(Objects.requireNonNull(format, "format"),
                Objects.requireNonNull(out, "out"));
        if (format == ExportFormat.CSV) {
            out.write(String.join(",", CSV_COLUMNS) + "\r\n");
        } else if (format == ExportFormat.GEOJSON) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        }
        return exporter;
    }

    /**
     * @param stored one event
     * @throws IOException if writing fails
     */
    public void write(StoredEvent stored) throws IOException {
        switch (format) {
            case CSV -> out.write(csvRow(stored) + "\r\n");
            case JSONL -> out.write(Json.mapper().writeValueAsString(stored.event()) + "\n");
            case GEOJSON -> out.write((first ? "" : ",\n") + Json.mapper().writeValueAsString(feature(stored)));
        }
        first = false;
    }

    /** Ends the export (closes the FeatureCollection) and closes the writer. */
    @Override
    public void close() throws IOException {
        if (format == ExportFormat.GEOJSON) {
            out.write("\n]}\n");
        }
        out.close();
    }

    private static String csvRow(StoredEvent stored) {
        Event e = stored.event();
        List<Object> values = new ArrayList<>();
        values.add(e.eventId());
        values.add(e.eventDate());
        values.add(e.eventDate() == null ? null : e.eventDate().getYear());
        values.add(e.timePrecision());
        values.add(e.eventType());
        values.add(e.subEventType());
        values.add(e.actor1());
        values.add(e.actor1Type());
        values.add(e.actor2());
        values.add(e.actor2Type());
        values.add(e.country());
        values.add(e.admin1());
        values.add(e.location());
        values.add(e.latitude());
        values.add(e.longitude());
        values.add(e.geoPrecision());
        values.add(String.join("; ", stored.outlets()));
        values.add(e.summary());
        values.add(e.fatalities());
        values.add(e.injuries());
        values.add(e.weapon());
        values.add(e.blamedOn());
        values.add(e.claimedBy());
        values.add(e.confidence());
        values.add(String.join(";", e.articleIds()));
        List<String> cells = new ArrayList<>();
        for (Object v : values) {
            cells.add(csvCell(v));
        }
        return String.join(",", cells);
    }

    /**
     * RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. Text a spreadsheet would
     * run as a formula (starting with = + - @, tab or CR) first gets a leading single quote, as OWASP advises
     * against CSV injection; numbers, and text that is just a number such as {@code -3.5}, stay as they are.
     */
    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!(value instanceof Number) && !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(s).matches()) {
            s = "'" + s;
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static ObjectNode feature(StoredEvent stored) {
        Event e = stored.event();
        ObjectNode feature = Json.mapper().createObjectNode().put("type", "Feature");
        if (e.latitude() != null && e.longitude() != null) {
            feature.putObject("geometry").put("type", "Point").putArray("coordinates")
                    .add(e.longitude()).add(e.latitude());
        } else {
            feature.putNull("geometry");
        }
        ObjectNode properties = Json.mapper().valueToTree(e);
        properties.remove("evidence");
        JsonNode outlets = Json.mapper().valueToTree(stored.outlets());
        properties.set("sources", outlets);
        feature.set("properties", properties);
        return feature;
    }
}
