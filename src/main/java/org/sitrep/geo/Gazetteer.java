package org.sitrep.geo;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.sitrep.geo.internal.GazetteerIndex;
import org.sitrep.geo.internal.NameKeys;

/**
 * The place-name dictionary: GeoNames places of 500 or more people with their Latin-script alternate
 * names, countries with aliases and demonyms, first-level divisions and curated landmarks.
 *
 * <p>Names are matched after folding case, diacritics, punctuation, Arabic articles ("al-", "ash-"),
 * "-iyah"/"-iya" endings, q/k and Afghan district-centre prefixes ("Wuleswali X" is X). Immutable and
 * thread-safe; load it once and share it.
 */
public final class Gazetteer {
    /** Where {@link #loadDefault()} finds the index built by {@code mvn package}. */
    public static final String DEFAULT_RESOURCE = "/org/sitrep/geo/gazetteer.bin";

    private static final Comparator<Place> BY_POPULATION = Comparator.comparingLong(Place::population).reversed();

    private final GazetteerIndex index;

    private Gazetteer(GazetteerIndex index) {
        this.index = index;
    }

    /**
     * Loads the index compiled at build time from the classpath (about 1 s).
     *
     * @return the gazetteer
     * @throws GazetteerException when the index is missing or unreadable
     */
    public static Gazetteer loadDefault() {
        return load(DEFAULT_RESOURCE);
    }

    /** Loads an index from a classpath resource; separate from {@link #loadDefault()} for tests. */
    static Gazetteer load(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new GazetteerException("gazetteer index not found on the classpath: run 'mvn package' to build it",
                    null);
        }
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16),
                1 << 16))) {
            return new Gazetteer(GazetteerIndex.read(data));
        } catch (IOException e) {
            throw new GazetteerException("cannot read gazetteer index " + resource + ": " + e.getMessage(), e);
        }
    }

    /** @return the number of entries: places, divisions, countries and landmarks */
    public int size() {
        return index.size();
    }

    /**
     * All entries whose name or alternate name matches, most populous first.
     *
     * @param name a place name as written, e.g. {@code "al-Ramadi"} or {@code "Mazar-e Sharif"}
     * @return the candidates; empty when none
     */
    public List<Place> lookup(String name) {
        Objects.requireNonNull(name, "name");
        return sorted(index.byKey(NameKeys.key(name)));
    }

    /**
     * Entries whose consonant skeleton matches, for spellings the exact lookup misses
     * ("Dawlat Abad" for "Dowlatabad"). Loose: callers must narrow the result by context.
     */
    List<Place> lookupLoose(String name) {
        String skeleton = NameKeys.skeleton(name);
        return skeleton.isEmpty() ? List.of() : sorted(index.bySkeleton(skeleton));
    }

    /**
     * A country by name, alias, ISO 3166-1 alpha-2 code or demonym: {@code "Iraq"}, {@code "Iraqi"},
     * {@code "U.S."}, {@code "US"}, {@code "American"}, {@code "IQ"}.
     *
     * @param nameOrDemonymOrCode how the text names or qualifies the country
     * @return the country entry; empty when unknown
     */
    public Optional<Place> country(String nameOrDemonymOrCode) {
        Objects.requireNonNull(nameOrDemonymOrCode, "nameOrDemonymOrCode");
        String key = NameKeys.fold(nameOrDemonymOrCode).replace(" ", "");
        List<Place> byName = index.countryByKey(key);
        return (byName.isEmpty() ? index.countryByDemonym(key) : byName).stream().findFirst();
    }

    /**
     * The capital city of a country (GeoNames feature code PPLC); the most populous one when GeoNames
     * marks several.
     *
     * @param countryCode ISO 3166-1 alpha-2 code, e.g. {@code IQ}
     * @return the capital, e.g. Baghdad for {@code IQ}; empty when unknown
     */
    public Optional<Place> capital(String countryCode) {
        Objects.requireNonNull(countryCode, "countryCode");
        return sorted(index.capitalsOf(countryCode.toLowerCase(Locale.ROOT))).stream().findFirst();
    }

    /**
     * The seat of a first-level division: the town a report that names only the province mostly
     * concerns (GeoNames PPLA, or else the division's most populous place).
     *
     * @param division an entry of kind {@link FeatureKind#ADMIN1} from this gazetteer
     * @return the seat, e.g. Lashkar Gah for Helmand; empty for other kinds and when unknown
     */
    public Optional<Place> seat(Place division) {
        Objects.requireNonNull(division, "division");
        if (division.feature() != FeatureKind.ADMIN1) {
            return Optional.empty();
        }
        int number = index.numberOf(division);
        return number < 0 ? Optional.empty() : index.seatsOf(number).stream().findFirst();
    }

    /** @return the country only when the word is a demonym or adjective ("Iraqi"), not a name */
    Optional<Place> countryByDemonym(String word) {
        return index.countryByDemonym(NameKeys.fold(word).replace(" ", "")).stream().findFirst();
    }

    /**
     * A first-level division (province, governorate, state) of a country.
     *
     * @param countryCode ISO 3166-1 alpha-2 code, e.g. {@code AF}
     * @param name        the division's name, e.g. {@code "Balkh"} or {@code "Baghdad Governorate"}
     * @return the division with its representative point; empty when unknown
     */
    public Optional<Place> admin1(String countryCode, String name) {
        Objects.requireNonNull(countryCode, "countryCode");
        List<Place> out = new ArrayList<>();
        for (Place p : lookup(name)) {
            if (p.feature() == FeatureKind.ADMIN1 && p.countryCode().equalsIgnoreCase(countryCode)) {
                out.add(p);
            }
        }
        return out.stream().findFirst();
    }

    private static List<Place> sorted(List<Place> places) {
        List<Place> out = new ArrayList<>(places);
        out.sort(BY_POPULATION);
        return List.copyOf(out);
    }
}
