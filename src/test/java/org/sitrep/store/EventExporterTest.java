package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Event;
import org.sitrep.extract.Evidence;
import org.sitrep.util.Json;

/**
 * The three export formats on one hand-built event.
 */
class EventExporterTest {
    private static final StoredEvent CLASH = new StoredEvent(new Event("EV-7", List.of("a1", "a2"),
            LocalDate.of(2020, 3, 21), 1, "Battles", "Armed clash", "Taliban", "Military Forces of Afghanistan (2014-)",
            2, 1, null, null, "Afghanistan", "Balkh", "Dawlat Abad", 36.9882, 66.8207, 2, 12, 5, null,
            "Taliban fighters attacked, \"officials\" said.", new Evidence("a1", Map.of()), 0.75),
            List.of("Xinhua", "Khaama Press"), 1);

    @Test
    void csvHasAcledColumnsInAcledOrderThenSitrepFields() throws IOException {
        String[] lines = export(ExportFormat.CSV).split("\r\n");
        assertEquals("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,inter1,actor2,"
                + "inter2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,injuries,"
                + "weapon,blamed_on,claimed_by,confidence,article_ids", lines[0], "the header");
        assertEquals("EV-7,2020-03-21,2020,1,Battles,Armed clash,Taliban,2,Military Forces of Afghanistan (2014-),1,"
                + "Afghanistan,Balkh,Dawlat Abad,36.9882,66.8207,2,Xinhua; Khaama Press,"
                + "\"Taliban fighters attacked, \"\"officials\"\" said.\",12,5,,,,0.75,a1;a2", lines[1],
                "the row, with the summary quoted as RFC 4180 asks");
    }

    @Test
    void csvNeutralisesCellsThatASpreadsheetWouldReadAsFormulasButKeepsNumbers() throws IOException {
        StoredEvent hostile = new StoredEvent(new Event("EV-8", List.of("a1"), LocalDate.of(2024, 6, 3), 1, "Riots",
                "Mob violence", "=1+1", "@SUM(A1)", 5, null, "\tcmd", "\rcmd", "Chile", "+Santiago", "-2+3", -3.5,
                -70.66, 1, 0, null, "-3.5", "=HYPERLINK(\"http://evil.example\",\"x\")", new Evidence("a1", Map.of()),
                0.5), List.of("=HYPERLINK(\"http://evil.example\")"), 1);
        String row = export(ExportFormat.CSV, hostile).split("\r\n", 2)[1];
        assertEquals("EV-8,2024-06-03,2024,1,Riots,Mob violence,'=1+1,5,'@SUM(A1),,Chile,'+Santiago,'-2+3,-3.5,-70.66,1,"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","
                + "0,,-3.5,'\tcmd,\"'\rcmd\",0.5,a1\r\n", row,
                "text starting with = + - @ tab or CR gets a leading quote (OWASP); -3.5, as number or text, stays a number");
    }

    @Test
    void geoJsonPutsLongitudeFirst() throws IOException {
        JsonNode collection = Json.mapper().readTree(export(ExportFormat.GEOJSON));
        JsonNode feature = collection.get("features").get(0);
        assertEquals("FeatureCollection", collection.get("type").asText(), "a feature collection");
        assertEquals(66.8207, feature.at("/geometry/coordinates/0").asDouble(), "longitude first");
        assertEquals(36.9882, feature.at("/geometry/coordinates/1").asDouble(), "then latitude");
        assertEquals("Xinhua", feature.at("/properties/sources/0").asText(), "the outlets are properties");
    }

    @Test
    void jsonLinesWriteTheEventFormat() throws IOException {
        JsonNode event = Json.mapper().readTree(export(ExportFormat.JSONL).lines().findFirst().orElseThrow());
        assertEquals("EV-7", event.get("event_id").asText(), "the stored id");
        assertEquals(2, event.get("article_ids").size(), "both sources");
    }

    private static String export(ExportFormat format) throws IOException {
        return export(format, CLASH);
    }

    private static String export(ExportFormat format, StoredEvent stored) throws IOException {
        StringWriter out = new StringWriter();
        try (EventExporter exporter = EventExporter.open(format, out)) {
            exporter.write(stored);
        }
        return out.toString();
    }
}
