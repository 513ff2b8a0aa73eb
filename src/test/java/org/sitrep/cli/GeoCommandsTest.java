package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.sitrep.util.Json;

/** {@code sitrep geocode --mentions} and {@code sitrep eval-geo --mode spans}: gazetteer only, no CoreNLP. */
class GeoCommandsTest {
    @Test
    void geocodeResolvesExactlyTheMarkedSpans() throws IOException {
        CommandRun r = CommandRun.main("geocode", "--mentions", "--json", "src/test/resources/geo/spans.jsonl");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, "one line per document: " + r.out());
        JsonNode first = Json.mapper().readTree(lines[0]);
        assertEquals("a", first.get("id").asText(), "document id");
        assertEquals(2, first.get("places").size(), "the two marked names: " + lines[0]);
        JsonNode kabul = first.get("places").get(0);
        assertEquals(16, kabul.get("start").asInt(), "the span's start");
        assertEquals(21, kabul.get("end").asInt(), "the span's end");
        assertEquals("Afghanistan", kabul.get("country").asText(), "Kabul's country");
        assertEquals("city", kabul.get("feature").asText(), "Kabul is a city");
        assertTrue(kabul.get("geonameid").asLong() > 0, "a GeoNames town has its id: " + kabul);
        assertEquals(0, Json.mapper().readTree(lines[1]).get("places").size(), "nothing marked, nothing placed");
    }

    @Test
    void evalGeoScoresResolutionGivenTheGoldSpans() {
        CommandRun r = CommandRun.main("eval-geo", "--mode", "spans", "--verbose",
                "src/test/resources/geo/mini-gold.jsonl");
        assertEquals(0, r.code(), r.err());
        // Kabul, Herat and Oklahoma are placed right; Nowhereville is in no gazetteer, so at best a guess
        assertTrue(r.out().contains("mini-gold.jsonl, given gold spans: 4 gold toponyms"), r.out());
        assertTrue(r.out().contains("accuracy within 161 km  0.750"), r.out());
        assertTrue(r.out().contains("miss g2 @24 Nowhereville"), r.out());
    }

    @Test
    void evalGeoNamesABadGoldLine() {
        CommandRun r = CommandRun.main("eval-geo", "--mode", "spans", "src/test/resources/geo/spans.jsonl");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("'src/test/resources/geo/spans.jsonl' line 1: toponym 1: 'latitude' is missing"),
                r.err());
    }
}
