package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.util.GeoMath;
import org.sitrep.util.Json;

/**
 * Measures the geocoder on ACLED's Afghanistan notes of March 2020 in the shared folder: the share of
 * notes whose best event location lies within 25 km of the coded point. Skipped without the shared folder.
 */
class AcledGoldEvaluationTest {
    private static final double WITHIN_KM = 25;
    private static final double PROJECT_BAR = 0.80;

    /** The most specific mention: a site or district before its province, a province before a country. */
    static Optional<PlaceMention> bestEventLocation(List<PlaceMention> mentions, Optional<Place> focus) {
        Comparator<PlaceMention> order = Comparator
                .comparingInt((PlaceMention m) -> focus.map(f -> f.countryCode().equals(m.place().countryCode()))
                        .orElse(true) ? 0 : 1)
                .thenComparingInt(m -> switch (m.place().feature()) {
                    case LANDMARK, CITY, ADMIN2 -> 0;
                    case ADMIN1 -> 1;
                    case COUNTRY -> 2;
                    case REGION -> 3;
                });
        return mentions.stream().min(order);
    }

    @Test
    void placesMostAcledAfghanistanNotesWithin25KmOfTheCodedPoint() throws IOException {
        Path gold = Path.of(System.getProperty("sitrep.shared", "../shared"), "gold/acled-afghanistan-2020-03.jsonl");
        assumeTrue(Files.exists(gold), "shared gold data not present: " + gold);
        TextGeocoder geocoder = new TextGeocoder(Gazetteer.loadDefault(), GeocoderConfig.DEFAULT);
        int total = 0;
        int within = 0;
        StringBuilder misses = new StringBuilder();
        for (String line : Files.readAllLines(gold)) {
            JsonNode article = Json.mapper().readTree(line);
            JsonNode event = article.get("events").get(0);
            String text = article.get("text").asText();
            List<PlaceMention> mentions = geocoder.find(text, List.of());
            Optional<PlaceMention> best = bestEventLocation(mentions, geocoder.focusCountry(mentions));
            total++;
            double km = best.map(m -> GeoMath.distanceKm(m.place().latitude(), m.place().longitude(),
                    event.get("latitude").asDouble(), event.get("longitude").asDouble())).orElse(Double.MAX_VALUE);
            if (km <= WITHIN_KM) {
                within++;
            } else {
                misses.append(String.format("%s gold=%s/%s got=%s %.0f km%n", article.get("id").asText(),
                        event.get("location").asText(), event.get("admin1").asText(),
                        best.map(m -> m.place().name() + "/" + m.place().admin1() + "/" + m.place().feature())
                                .orElse("none"), km));
            }
        }
        double share = within / (double) total;
        System.out.printf("ACLED Afghanistan 2020-03: %d of %d within %.0f km (%.3f)%n%s", within, total, WITHIN_KM,
                share, Boolean.getBoolean("sitrep.geo.verbose") ? misses : "");
        assertTrue(share >= PROJECT_BAR, "only " + share + " of the notes are within 25 km");
    }
}
