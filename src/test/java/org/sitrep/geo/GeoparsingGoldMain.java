package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sitrep.internal.GeoMath;
import org.sitrep.internal.Json;

/**
 * Developer tool, not a test: scores the geocoder on geoparsing gold (LGL, GWN, TR-News as JSON lines with
 * {@code text} and {@code toponyms[{start, end, latitude, longitude}]}), or prints the mentions of plain
 * text files.
 *
 * <p>For each gold toponym the mention overlapping its span is taken; accuracy@161 km counts the toponyms
 * whose resolved place lies within 161 km (100 miles) of the true point, over all gold toponyms and over
 * those the geocoder found.
 *
 * <pre>{@code
 * java -cp target/classes:target/test-classes:target/lib/* org.sitrep.geo.GeoparsingGoldMain lgl.jsonl ...
 * java -cp ... org.sitrep.geo.GeoparsingGoldMain --show story.txt
 * }</pre>
 */
final class GeoparsingGoldMain {
    private static final double HIT_KM = 161;

    private GeoparsingGoldMain() {
    }

    public static void main(String[] args) throws IOException {
        Geocoder geocoder = new Geocoder(Gazetteer.loadDefault(), GeocoderConfig.DEFAULT);
        if (args.length > 0 && args[0].equals("--show")) {
            for (int i = 1; i < args.length; i++) {
                show(geocoder, Files.readString(Path.of(args[i])));
            }
            return;
        }
        for (String file : args) {
            score(geocoder, Path.of(file));
        }
    }

    private static void show(Geocoder geocoder, String text) {
        List<PlaceMention> mentions = geocoder.find(text, List.of());
        for (PlaceMention m : mentions) {
            System.out.printf(Locale.ROOT, "%-24s -> %s, %s, %s [%s %s] conf %.2f%n", m.text(), m.place().name(),
                    m.place().admin1(), m.place().country(), m.place().feature(), m.precision(), m.confidence());
        }
        System.out.println("focus: " + geocoder.focusCountry(mentions).map(Place::name).orElse("-"));
    }

    private static void score(Geocoder geocoder, Path file) {
        int gold = 0;
        int found = 0;
        int hits = 0;
        try (var lines = Files.lines(file)) {
            for (String line : (Iterable<String>) lines::iterator) {
                JsonNode doc = Json.mapper().readTree(line);
                List<PlaceMention> mentions = geocoder.find(doc.get("text").asText(), List.of());
                for (JsonNode t : doc.get("toponyms")) {
                    gold++;
                    int start = t.get("start").asInt();
                    int end = t.get("end").asInt();
                    PlaceMention m = mentions.stream().filter(x -> x.start() < end && start < x.end()).findFirst()
                            .orElse(null);
                    if (m == null) {
                        continue;
                    }
                    found++;
                    double km = GeoMath.distanceKm(m.place().latitude(), m.place().longitude(), t.get("latitude").asDouble(),
                            t.get("longitude").asDouble());
                    hits += km <= HIT_KM ? 1 : 0;
                    if (System.getProperty("geo.dump") != null) {
                        System.out.printf(Locale.ROOT, "%s\t%d\t%s\t%s, %s, %s\t%.0f%n", doc.get("id").asText(), start,
                                t.get("text").asText(), m.place().name(), m.place().admin1(), m.place().countryCode(), km);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        System.out.printf(Locale.ROOT, "%s: gold %d, found %d, acc@161 over gold %.3f, over found %.3f%n",
                file.getFileName(), gold, found, hits / (double) gold, hits / (double) Math.max(found, 1));
    }
}
