package org.sitrep.geo.internal;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.sitrep.geo.FeatureKind;
import org.sitrep.geo.internal.SourceData.City;
import org.sitrep.geo.internal.SourceData.Country;
import org.sitrep.geo.internal.SourceData.GeoName;
import org.sitrep.geo.internal.SourceData.State;
import org.sitrep.lang.Language;
import org.sitrep.util.GeoMath;

/**
 * Build step: compiles the npm source data and Sitrep's curated lists into the binary gazetteer index.
 *
 * <p>Run by Maven in {@code process-classes} as
 * {@code GazetteerCompiler <npm dir> <target/classes/org/sitrep/geo/gazetteer.bin>}; does nothing when
 * the output is newer than every input.
 */
public final class GazetteerCompiler {
    private static final String COUNTRIES = "/org/sitrep/geo/countries.tsv";
    private static final String LANDMARKS = "/org/sitrep/geo/landmarks.tsv";
    private static final String DIVISIONS = "/org/sitrep/geo/divisions.tsv";
    private static final String REGIONS = "/org/sitrep/geo/regions.tsv";
    private static final String DIVISION_DEMONYMS = "/org/sitrep/geo/division-demonyms.tsv";
    /** The country code of regions that span countries. */
    private static final String NO_COUNTRY = "";
    /** Share of a division's places, on each side, left out of the box its centre must lie in. */
    private static final double TRIM_SHARE = 0.02;
    /** A country-state-city town closer than this to a GeoNames place of the same skeleton is the same town. */
    private static final double SAME_TOWN_KM = 15;
    /** A curated landmark this close to a package airport of the same name is that airport. */
    private static final double SAME_LANDMARK_KM = 25;
    /** A division named after a town lies at most this far from it, in km. */
    private static final double TOWN_DIVISION_KM = 50;
    /** A division lies at most this far from the nearest place of its country, in km. */
    private static final double STRAY_DIVISION_KM = 220;
    /**
     * A curated airfield this close to a package airport is that airport whatever it is called (the Pentagon,
     * as close to Reagan National, is not).
     */
    private static final double SAME_SITE_KM = 3;
    /** How far an airport may lie from the GeoNames place whose division it takes. */
    private static final double DIVISION_GUESS_KM = 60;

    /** The language of the source data's names, whose generic words the build reads. */
    private static final String NAMES_LANGUAGE = Language.DEFAULT_CODE;
    /** The resources of that bundle the build reads: a change to one needs a rebuild. */
    private static final List<String> BUNDLE_INPUTS = List.of("geo-never-place-words.txt",
            "geo-common-place-words.txt", "geo-airport-generic-words.txt", "geo-airport-particles.txt",
            "geo-airport-suffix.regex", "geo-airport-word.regex", "geo-airfield-word.regex",
            "geo-division-title.regex");

    private final Path npm;
    private final Language language;
    /** Words of a division's formal name that news leaves out: "Republic of Dagestan", "Tver Oblast". */
    private final Pattern divisionTitle;
    /** A curated airfield's name, which may differ from the package's for the same airport. */
    private final Pattern airfield;
    private final List<String> names = new ArrayList<>();
    private final List<Short> countryOf = new ArrayList<>();
    private final List<Integer> admin1Of = new ArrayList<>();
    private final List<double[]> points = new ArrayList<>();
    private final List<Integer> geonameIds = new ArrayList<>();
    private final List<FeatureKind> kinds = new ArrayList<>();
    private final List<Integer> populations = new ArrayList<>();
    private final Map<String, Short> countryIndex = new HashMap<>();
    /** The place id of each country's own entry, by ISO code. */
    private final Map<String, Integer> countryPlaces = new HashMap<>();
    private final List<String> countryCodes = new ArrayList<>();
    private final List<String> countryNames = new ArrayList<>();
    private final Map<String, Integer> admin1Index = new HashMap<>();
    /** Place number of each first-level division, by "country.state code". */
    private final Map<String, Integer> divisionPlaces = new HashMap<>();
    private final List<String> admin1Names = new ArrayList<>();
    private final TreeMap<String, List<Integer>> nameKeys = new TreeMap<>();
    private final TreeMap<String, List<Integer>> skeletonKeys = new TreeMap<>();
    private final TreeMap<String, List<Integer>> countryKeys = new TreeMap<>();
    private final TreeMap<String, List<Integer>> demonymKeys = new TreeMap<>();
    /** Capital cities (GeoNames PPLC) by lower-case country code. */
    private final TreeMap<String, List<Integer>> capitalKeys = new TreeMap<>();
    /** The seat of each first-level division, by the division's place number. */
    private final TreeMap<String, List<Integer>> seatKeys = new TreeMap<>();

    private GazetteerCompiler(Path npm) {
        this.npm = npm;
        this.language = Language.load(NAMES_LANGUAGE);
        this.divisionTitle = language.pattern("geo-division-title", 0);
        this.airfield = language.pattern("geo-airfield-word", 0);
    }

    /**
     * @param args the npm folder and the output file
     * @throws IOException when a source cannot be read or the index cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GazetteerCompiler <npm dir> <output file>");
        }
        Path npm = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (upToDate(npm, out)) {
            System.out.println("gazetteer index " + out + " is up to date");
            return;
        }
        long t0 = System.nanoTime();
        GazetteerIndex index = new GazetteerCompiler(npm).compile();
        write(index, out);
        System.out.printf("gazetteer index: %d places, %d keys, %d bytes, in %.1f s%n", index.size(),
                index.keyCount(), Files.size(out), (System.nanoTime() - t0) / 1e9);
    }

    private static boolean upToDate(Path npm, Path out) throws IOException {
        if (!Files.exists(out)) {
            return false;
        }
        long built = Files.getLastModifiedTime(out).toMillis();
        List<Path> inputs = new ArrayList<>(List.of(SourceData.cities500(npm), SourceData.cscAsset(npm, "state.json"),
                SourceData.cscAsset(npm, "city.json"), SourceData.cscAsset(npm, "country.json"), Airports.file(npm)));
        // the compiler's own classes count as inputs: a changed index layout needs a rebuild
        List<String> resources = new ArrayList<>(List.of(COUNTRIES, LANDMARKS, DIVISIONS, REGIONS, DIVISION_DEMONYMS,
                "/org/sitrep/geo/internal/GazetteerIndex.class",
                "/org/sitrep/geo/internal/GazetteerCompiler.class",
                "/org/sitrep/geo/internal/Airports.class"));
        Language language = Language.load(NAMES_LANGUAGE);
        for (String words : BUNDLE_INPUTS) {
            resources.add(language.path(words));
        }
        for (String r : resources) {
            URL url = GazetteerCompiler.class.getResource(r);
            if (url != null && "file".equals(url.getProtocol())) {
                try {
                    inputs.add(Path.of(url.toURI()));
                } catch (URISyntaxException e) {
                    throw new IOException("bad resource location " + url, e);
                }
            }
        }
        for (Path p : inputs) {
            if (Files.exists(p) && Files.getLastModifiedTime(p).toMillis() > built) {
                return false;
            }
        }
        return true;
    }

    private static void write(GazetteerIndex index, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream fos = Files.newOutputStream(tmp);
             DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(fos, 1 << 16)))) {
            index.write(data);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private GazetteerIndex compile() throws IOException {
        Map<String, State> statesByCode = addCountriesAndStates();
        addLandmarks();
        addRegions();
        List<GeoName> geonames = new ArrayList<>();
        SourceData.readGeoNames(SourceData.cities500(npm), g -> {
            if (countryIndex.containsKey(g.countryCode())) {
                geonames.add(g);
            }
        });
        List<City> cities = SourceData.readCities(npm);
        Admin1Matcher matcher = new Admin1Matcher(List.copyOf(statesByCode.values()), cities);
        geonames.forEach(matcher::add);
        Map<String, State> admin1ByCode = new HashMap<>(matcher.resolve());
        addMissingDivisions(admin1ByCode);
        addDivisionDemonyms(statesByCode);
        Map<Integer, GeoName> seats = placeDivisionsAtTheirCentres(geonames, admin1ByCode);
        PlaceGrid grid = new PlaceGrid(geonames);
        repairUnmatchedDivisions(geonames, grid, statesByCode, admin1ByCode);
        Map<Integer, Integer> placeOfGeoName = new HashMap<>();
        Map<String, List<double[]>> known = new HashMap<>();
        for (GeoName g : geonames) {
            State s = admin1ByCode.get(g.countryCode() + "." + g.admin1Code());
            int id = addPlace(display(g), g.countryCode(), s == null ? null : s.name(), g.lat(), g.lon(), g.id(),
                    FeatureKind.CITY, g.population());
            Set<String> all = new LinkedHashSet<>(List.of(g.name(), g.asciiName()));
            g.alternates().stream().filter(GazetteerCompiler::usableAlternate).forEach(all::add);
            placeOfGeoName.put(g.id(), id);
            all.forEach(n -> addName(n, id));
            // alternate spellings feed the loose key too: "Chahar Bolak" is written "Charbolak"
            all.forEach(n -> addSkeleton(n, id));
            if (g.isCapital()) {
                put(capitalKeys, g.countryCode().toLowerCase(Locale.ROOT), id);
            }
            known.computeIfAbsent(g.countryCode() + "." + NameKeys.skeleton(g.asciiName()), k -> new ArrayList<>())
                    .add(new double[] {g.lat(), g.lon()});
        }
        seats.forEach((division, g) -> put(seatKeys, Integer.toString(division), placeOfGeoName.get(g.id())));
        addMissingTowns(cities, statesByCode, known);
        addAirports(statesByCode, admin1ByCode, grid);
        return build();
    }

    /**
     * Adds the airports with scheduled service of the OurAirports list as landmarks, after every other entry
     * so that their lone names can be checked against the towns and divisions already indexed. An airport
     * that a curated landmark already covers (a shared name within {@value #SAME_LANDMARK_KM} km, or any
     * curated airfield within {@value #SAME_SITE_KM} km) is left out: the curated entry wins.
     */
    private void addAirports(Map<String, State> statesByCode, Map<String, State> admin1ByCode, PlaceGrid grid)
            throws IOException {
        List<Integer> curated = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == FeatureKind.LANDMARK) {
                curated.add(i);
            }
        }
        Airports airports = new Airports(language, this::takenElsewhere);
        for (Airports.Airport a : airports.read(Airports.file(npm))) {
            if (!countryIndex.containsKey(a.countryCode()) || coveredByCurated(a, curated)) {
                continue;
            }
            State s = statesByCode.get(a.region().replace('-', '.'));
            String admin1 = s != null ? s.name() : nearestDivision(a.lat(), a.lon(), grid, admin1ByCode);
            int id = addPlace(a.name(), a.countryCode(), admin1, a.lat(), a.lon(), 0, FeatureKind.LANDMARK, 0);
            a.names().forEach(n -> addName(n, id));
        }
    }

    private boolean coveredByCurated(Airports.Airport a, List<Integer> curated) {
        Set<String> keys = new HashSet<>();
        a.names().forEach(n -> keys.add(NameKeys.key(n)));
        for (int id : curated) {
            double km = GeoMath.distanceKm(a.lat(), a.lon(), points.get(id)[0], points.get(id)[1]);
            if (km < SAME_SITE_KM && airfield.matcher(names.get(id)).find() || km < SAME_LANDMARK_KM && keys.stream()
                    .anyMatch(k -> nameKeys.getOrDefault(k, List.of()).contains(id))) {
                return true;
            }
        }
        return false;
    }

    /** See {@link Airports.OtherPlaces#taken}. */
    private boolean takenElsewhere(String name, double lat, double lon) {
        for (int id : nameKeys.getOrDefault(NameKeys.key(name), List.of())) {
            FeatureKind kind = kinds.get(id);
            double km = GeoMath.distanceKm(lat, lon, points.get(id)[0], points.get(id)[1]);
            boolean bigTown = populations.get(id) >= Airports.TOWN_POPULATION && km > SAME_LANDMARK_KM;
            if (kind == FeatureKind.COUNTRY || kind == FeatureKind.ADMIN1 || kind == FeatureKind.REGION
                    || kind == FeatureKind.LANDMARK || bigTown) {
                return true;
            }
        }
        return false;
    }

    /** The division of the nearest GeoNames place within {@value #DIVISION_GUESS_KM} km; null when none. */
    private static String nearestDivision(double lat, double lon, PlaceGrid grid, Map<String, State> admin1ByCode) {
        String best = null;
        double bestKm = DIVISION_GUESS_KM;
        for (GeoName g : grid.within(lat, lon, DIVISION_GUESS_KM)) {
            State s = admin1ByCode.get(g.countryCode() + "." + g.admin1Code());
            double km = GeoMath.distanceKm(lat, lon, g.lat(), g.lon());
            if (s != null && km < bestKm) {
                bestKm = km;
                best = s.name();
            }
        }
        return best;
    }

    /**
     * Division demonyms ("Texan", "Ontarians") join the demonym table under the division's entry; a word that
     * already names a country stays the country's.
     *
     * @throws IOException when the list names a division the gazetteer does not have
     */
    private void addDivisionDemonyms(Map<String, State> statesByCode) throws IOException {
        for (String[] row : SourceData.readTsv(DIVISION_DEMONYMS, 3)) {
            Integer id = statesByCode.values().stream()
                    .filter(st -> st.countryCode().equals(row[0]) && st.name().equals(row[1]))
                    .map(st -> divisionPlaces.get(st.countryCode() + "." + st.code())).findFirst().orElse(null);
            if (id == null) {
                throw new IOException(DIVISION_DEMONYMS + ": no division " + row[1] + " in " + row[0]);
            }
            for (String d : SourceData.splitList(row[2])) {
                String key = NameKeys.fold(d).replace(" ", "");
                if (!demonymKeys.containsKey(key)) {
                    put(demonymKeys, key, id);
                }
            }
        }
    }

    /** Divisions the name source lacks take over their GeoNames code from the nearest-centroid guess. */
    private void addMissingDivisions(Map<String, State> admin1ByCode) throws IOException {
        for (String[] row : SourceData.readTsv(DIVISIONS, 4)) {
            State s = new State(row[0], "GN" + row[1], row[2], row[2], 0, 0);
            int id = addPlace(s.name(), s.countryCode(), s.name(), 0, 0, 0, FeatureKind.ADMIN1, 0);
            divisionPlaces.put(s.countryCode() + "." + s.code(), id);
            addName(s.name(), id);
            addSkeleton(s.name(), id);
            SourceData.splitList(row[3]).forEach(a -> addName(a, id));
            admin1ByCode.put(row[0] + "." + row[1], s);
        }
    }

    /**
     * Places each division at the centre of its area, and remembers its seat (the GeoNames PPLA place, or
     * else its most populous place) for callers that want the town a report about a province mostly
     * concerns. The centre is the source's centroid when it lies inside the box of the division's own
     * places (trimmed of the outermost {@value #TRIM_SHARE} on each side), and the middle of that box
     * otherwise: the source's centroids are sometimes far off.
     */
    private Map<Integer, GeoName> placeDivisionsAtTheirCentres(List<GeoName> geonames,
                                                               Map<String, State> admin1ByCode) {
        Map<Integer, GeoName> seats = new HashMap<>();
        Map<Integer, List<GeoName>> members = new HashMap<>();
        for (GeoName g : geonames) {
            State s = admin1ByCode.get(g.countryCode() + "." + g.admin1Code());
            Integer id = s == null ? null : divisionPlaces.get(s.countryCode() + "." + s.code());
            if (id != null) {
                seats.merge(id, g, (a, b) -> rankAsSeat(b) > rankAsSeat(a) ? b : a);
                members.computeIfAbsent(id, k -> new ArrayList<>()).add(g);
            }
        }
        members.forEach((id, places) -> points.set(id, centre(points.get(id), places)));
        return seats;
    }

    /**
     * Repairs the points of divisions no GeoNames code stands for, which the source sometimes puts on another
     * continent (its Liverpool borough lay in Mexico, Cameroon's Far North in Siberia). A division named after
     * a town of its country (the boroughs Liverpool and Birmingham) moves to the most populous town of that
     * name when it lies more than {@value #TOWN_DIVISION_KM} km away; any other lying more than
     * {@value #STRAY_DIVISION_KM} km from every place of its country falls back to the country's point.
     */
    private void repairUnmatchedDivisions(List<GeoName> geonames, PlaceGrid grid, Map<String, State> statesByCode,
                                          Map<String, State> admin1ByCode) {
        Set<State> matched = new HashSet<>(admin1ByCode.values());
        Map<String, GeoName> biggestTown = new HashMap<>();
        for (GeoName g : geonames) {
            biggestTown.merge(g.countryCode() + "." + NameKeys.key(display(g)), g,
                    (a, b) -> b.population() > a.population() ? b : a);
        }
        for (State s : statesByCode.values()) {
            Integer id = divisionPlaces.get(s.countryCode() + "." + s.code());
            if (matched.contains(s) || id == null) {
                continue;
            }
            double[] at = points.get(id);
            GeoName town = biggestTown.get(s.countryCode() + "." + NameKeys.key(s.name()));
            if (town != null && GeoMath.distanceKm(at[0], at[1], town.lat(), town.lon()) > TOWN_DIVISION_KM) {
                points.set(id, new double[] {town.lat(), town.lon()});
            } else if (town == null && grid.within(at[0], at[1], STRAY_DIVISION_KM).stream()
                    .noneMatch(g -> g.countryCode().equals(s.countryCode()))
                    && countryPlaces.containsKey(s.countryCode())) {
                points.set(id, points.get(countryPlaces.get(s.countryCode())).clone());
            }
        }
    }

    private static double[] centre(double[] given, List<GeoName> places) {
        double[] lat = places.stream().mapToDouble(GeoName::lat).sorted().toArray();
        double[] lon = places.stream().mapToDouble(GeoName::lon).sorted().toArray();
        int cut = (int) (lat.length * TRIM_SHARE);
        double south = lat[cut];
        double north = lat[lat.length - 1 - cut];
        double west = lon[cut];
        double east = lon[lon.length - 1 - cut];
        boolean inside = given[0] >= south && given[0] <= north && given[1] >= west && given[1] <= east
                && !(given[0] == 0 && given[1] == 0);
        return inside ? given : new double[] {(south + north) / 2, (west + east) / 2};
    }

    private static double rankAsSeat(GeoName g) {
        return (g.isDivisionSeat() ? 1e12 : 0) + g.population();
    }

    /** The ASCII name reads like event data ("Dowlatabad"); fall back to the name when it is empty. */
    private static String display(GeoName g) {
        return g.asciiName().isBlank() ? g.name() : g.asciiName();
    }

    /** Drops non-Latin names, airport and postal codes, and one-letter names. */
    private static boolean usableAlternate(String n) {
        String letters = n.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 3 && NameKeys.isLatin(n) && !n.matches(".*\\d.*")
                && !(n.length() <= 4 && n.equals(n.toUpperCase()));
    }

    private Map<String, State> addCountriesAndStates() throws IOException {
        Map<String, String[]> curated = new HashMap<>();
        for (String[] row : SourceData.readTsv(COUNTRIES, 5)) {
            curated.put(row[0], row);
        }
        for (Country c : SourceData.readCountries(npm)) {
            String[] row = curated.get(c.code());
            String name = row == null ? c.name() : row[1];
            countryIndex.put(c.code(), (short) countryCodes.size());
            countryCodes.add(c.code());
            countryNames.add(name);
            double[] point = row == null || row[4].isEmpty() ? new double[] {c.lat(), c.lon()} : point(row[4]);
            int id = addPlace(name, c.code(), null, point[0], point[1], 0, FeatureKind.COUNTRY, 0);
            countryPlaces.put(c.code(), id);
            List<String> aliases = new ArrayList<>(List.of(name, c.name(), c.code()));
            if (row != null) {
                aliases.addAll(SourceData.splitList(row[2]));
                SourceData.splitList(row[3]).forEach(d -> put(demonymKeys, NameKeys.fold(d).replace(" ", ""), id));
            }
            for (String a : aliases) {
                put(countryKeys, NameKeys.fold(a).replace(" ", ""), id);
                if (!a.equals(c.code()) || a.equals("US")) {
                    addName(a, id);
                }
            }
        }
        Map<String, State> statesByCode = new HashMap<>();
        for (State s : SourceData.readStates(npm)) {
            if (!countryIndex.containsKey(s.countryCode())) {
                continue;
            }
            statesByCode.put(s.countryCode() + "." + s.code(), s);
            int id = addPlace(s.name(), s.countryCode(), s.name(), s.lat(), s.lon(), 0, FeatureKind.ADMIN1, 0);
            divisionPlaces.put(s.countryCode() + "." + s.code(), id);
            addName(s.name(), id);
            addName(s.rawName(), id);
            addName(divisionTitle.matcher(s.rawName()).replaceAll(""), id);
            addSkeleton(s.name(), id);
        }
        return statesByCode;
    }

    /** "39.83,-98.58" as latitude and longitude. */
    private static double[] point(String cell) {
        String[] parts = cell.split(",");
        return new double[] {Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())};
    }

    private void addRegions() throws IOException {
        countryIndex.put(NO_COUNTRY, (short) countryCodes.size());
        countryCodes.add(NO_COUNTRY);
        countryNames.add("");
        for (String[] row : SourceData.readTsv(REGIONS, 4)) {
            int id = addPlace(row[0], NO_COUNTRY, null, Double.parseDouble(row[1]), Double.parseDouble(row[2]), 0,
                    FeatureKind.REGION, 0);
            addName(row[0], id);
            SourceData.splitList(row[3]).forEach(a -> addName(a, id));
        }
    }

    private void addLandmarks() throws IOException {
        for (String[] row : SourceData.readTsv(LANDMARKS, 6)) {
            int id = addPlace(row[0], row[1], row[2].isEmpty() ? null : row[2], Double.parseDouble(row[3]),
                    Double.parseDouble(row[4]), 0, FeatureKind.LANDMARK, 0);
            addName(row[0], id);
            SourceData.splitList(row[5]).forEach(a -> addName(a, id));
        }
    }

    /**
     * Adds the towns of the country-state-city data that GeoNames lacks (it lists only places of 500
     * or more people), which are often district centres named in conflict reports.
     */
    private void addMissingTowns(List<City> cities, Map<String, State> statesByCode,
                                 Map<String, List<double[]>> known) {
        for (City c : cities) {
            if (!countryIndex.containsKey(c.countryCode())) {
                continue;
            }
            String skeleton = NameKeys.skeleton(c.name());
            boolean seen = known.getOrDefault(c.countryCode() + "." + skeleton, List.of()).stream()
                    .anyMatch(p -> GeoMath.distanceKm(p[0], p[1], c.lat(), c.lon()) < SAME_TOWN_KM);
            if (seen) {
                continue;
            }
            State s = statesByCode.get(c.countryCode() + "." + c.stateCode());
            int id = addPlace(c.name(), c.countryCode(), s == null ? null : s.name(), c.lat(), c.lon(), 0,
                    FeatureKind.CITY, 0);
            addName(c.name(), id);
            addSkeleton(c.name(), id);
        }
    }

    private int addPlace(String name, String countryCode, String admin1, double lat, double lon, int geonameId,
                         FeatureKind kind, int population) {
        Short country = countryIndex.get(countryCode);
        if (country == null) {
            throw new IllegalStateException("unknown country code " + countryCode + " for " + name);
        }
        names.add(name);
        countryOf.add(country);
        admin1Of.add(admin1 == null ? -1 : admin1Index.computeIfAbsent(admin1, a -> {
            admin1Names.add(a);
            return admin1Names.size() - 1;
        }));
        points.add(new double[] {lat, lon});
        geonameIds.add(geonameId);
        kinds.add(kind);
        populations.add(population);
        return names.size() - 1;
    }

    private void addName(String name, int id) {
        put(nameKeys, NameKeys.key(name), id);
    }

    private void addSkeleton(String name, int id) {
        put(skeletonKeys, NameKeys.skeleton(name), id);
    }

    private static void put(TreeMap<String, List<Integer>> map, String key, int id) {
        if (key.isEmpty() || !key.chars().allMatch(ch -> ch < 128)) {
            return;
        }
        List<Integer> ids = map.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
            ids.add(id);
        }
    }

    private GazetteerIndex build() {
        int n = names.size();
        GazetteerIndex.Columns c = new GazetteerIndex.Columns(names.toArray(String[]::new), new short[n], new int[n],
                new float[n], new float[n], new int[n], new byte[n], new int[n]);
        for (int i = 0; i < n; i++) {
            c.country()[i] = countryOf.get(i);
            c.admin1()[i] = admin1Of.get(i);
            c.latitude()[i] = (float) points.get(i)[0];
            c.longitude()[i] = (float) points.get(i)[1];
            c.geonameId()[i] = geonameIds.get(i);
            c.kind()[i] = (byte) kinds.get(i).ordinal();
            c.population()[i] = populations.get(i);
        }
        return new GazetteerIndex(countryCodes.toArray(String[]::new), countryNames.toArray(String[]::new),
                admin1Names.toArray(String[]::new), c, KeyTable.of(nameKeys), KeyTable.of(skeletonKeys),
                KeyTable.of(countryKeys), KeyTable.of(demonymKeys), KeyTable.of(capitalKeys),
                KeyTable.of(seatKeys));
    }
}
