package org.sitrep.geo.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.geo.FeatureKind;
import org.sitrep.geo.Place;

/**
 * The compiled gazetteer: every place as columns, plus key tables from names to places.
 *
 * <p>Places are stored column-wise and become {@link Place} records only when asked for, which keeps
 * the loaded index small. Immutable, so safe to share between threads.
 */
public final class GazetteerIndex {
    /** First bytes of the file, so that a stale or foreign file is rejected with a clear message. */
    static final int MAGIC = 0x53475A31;
    static final int VERSION = 3;
    private static final FeatureKind[] KINDS = FeatureKind.values();

    private final String[] countryCodes;
    private final String[] countryNames;
    private final String[] admin1Names;
    private final Columns places;
    private final KeyTable names;
    private final KeyTable skeletons;
    private final KeyTable countries;
    private final KeyTable demonyms;
    private final KeyTable capitals;
    private final KeyTable seats;

    /**
     * The per-place columns; index i of every array describes place i.
     *
     * @param names      preferred names
     * @param country    index into the country tables
     * @param admin1     index into the admin1 names, -1 when unknown
     * @param latitude   WGS84 degrees
     * @param longitude  WGS84 degrees
     * @param geonameId  GeoNames id, 0 when none
     * @param kind       ordinal of {@link FeatureKind}
     * @param population inhabitants, 0 when unknown
     */
    public record Columns(String[] names, short[] country, int[] admin1, float[] latitude, float[] longitude,
                          int[] geonameId, byte[] kind, int[] population) {
        /** @throws NullPointerException if a column is missing */
        public Columns {
            Objects.requireNonNull(names, "names");
            Objects.requireNonNull(population, "population");
        }
    }

    /**
     * @param countryCodes ISO2 codes, by country index
     * @param countryNames English short names, by country index
     * @param admin1Names  first-level division names
     * @param places       the place columns
     * @param names        exact keys to place numbers
     * @param skeletons    loose keys to place numbers
     * @param countries    country names, aliases and codes to country place numbers
     * @param demonyms     demonyms and adjectives to country place numbers
     * @param capitals     lower-case ISO2 country codes to the place numbers of their capital cities
     * @param seats        division place numbers (as decimal strings) to the place numbers of their seats
     */
    public GazetteerIndex(String[] countryCodes, String[] countryNames, String[] admin1Names, Columns places,
                          KeyTable names, KeyTable skeletons, KeyTable countries, KeyTable demonyms,
                          KeyTable capitals, KeyTable seats) {
        this.countryCodes = countryCodes;
        this.countryNames = countryNames;
        this.admin1Names = admin1Names;
        this.places = places;
        this.names = names;
        this.skeletons = skeletons;
        this.countries = countries;
        this.demonyms = demonyms;
        this.capitals = capitals;
        this.seats = seats;
    }

    /** @return the number of places */
    public int size() {
        return places.names().length;
    }

    /** @return the number of exact keys */
    public int keyCount() {
        return names.size();
    }

    /**
     * @param i a place number
     * @return the place as a record
     */
    public Place place(int i) {
        int a = places.admin1()[i];
        int c = places.country()[i];
        return new Place(places.names()[i], countryCodes[c], countryNames[c], a < 0 ? null : admin1Names[a],
                places.latitude()[i], places.longitude()[i], places.geonameId()[i], KINDS[places.kind()[i]],
                places.population()[i]);
    }

    /** @return the places stored under an exact key */
    public List<Place> byKey(String key) {
        return toPlaces(names.get(key));
    }

    /** @return the places stored under a skeleton key */
    public List<Place> bySkeleton(String skeleton) {
        return toPlaces(skeletons.get(skeleton));
    }

    /** @return the countries whose name, alias or code folds to the key */
    public List<Place> countryByKey(String key) {
        return toPlaces(countries.get(key));
    }

    /** @return the countries whose demonym or adjective folds to the key */
    public List<Place> countryByDemonym(String key) {
        return toPlaces(demonyms.get(key));
    }

    /** @return the capital cities of a country, by lower-case ISO2 code; usually one */
    public List<Place> capitalsOf(String countryCodeLower) {
        return toPlaces(capitals.get(countryCodeLower));
    }

    /** @return the places numbered {@code division}'s seat (its capital town); usually one, or none */
    public List<Place> seatsOf(int division) {
        return toPlaces(seats.get(Integer.toString(division)));
    }

    /**
     * @param place a place
     * @return its place number, or -1 when the index holds no equal place
     */
    public int numberOf(Place place) {
        for (int id : names.get(NameKeys.key(place.name()))) {
            if (place(id).equals(place)) {
                return id;
            }
        }
        return -1;
    }

    private List<Place> toPlaces(int[] ids) {
        List<Place> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(place(id));
        }
        return List.copyOf(out);
    }

    /**
     * Writes the index in its binary form.
     *
     * @param out where to write; not closed
     * @throws IOException when writing fails
     */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        writeStrings(out, countryCodes);
        writeStrings(out, countryNames);
        writeStrings(out, admin1Names);
        writeStrings(out, places.names());
        int n = size();
        for (int i = 0; i < n; i++) {
            out.writeShort(places.country()[i]);
            out.writeInt(places.admin1()[i]);
            out.writeFloat(places.latitude()[i]);
            out.writeFloat(places.longitude()[i]);
            out.writeInt(places.geonameId()[i]);
            out.writeByte(places.kind()[i]);
            out.writeInt(places.population()[i]);
        }
        for (KeyTable t : List.of(names, skeletons, countries, demonyms, capitals, seats)) {
            t.write(out);
        }
    }

    /**
     * Reads an index written by {@link #write}.
     *
     * @param in the binary form
     * @return the index
     * @throws IOException when reading fails or the data is not a gazetteer index of this version
     */
    public static GazetteerIndex read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a gazetteer index of version " + VERSION + ": rebuild it with 'mvn package'");
        }
        String[] codes = readStrings(in);
        String[] countryNames = readStrings(in);
        String[] admin1 = readStrings(in);
        String[] names = readStrings(in);
        int n = names.length;
        Columns c = new Columns(names, new short[n], new int[n], new float[n], new float[n], new int[n],
                new byte[n], new int[n]);
        for (int i = 0; i < n; i++) {
            c.country()[i] = in.readShort();
            c.admin1()[i] = in.readInt();
            c.latitude()[i] = in.readFloat();
            c.longitude()[i] = in.readFloat();
            c.geonameId()[i] = in.readInt();
            c.kind()[i] = in.readByte();
            c.population()[i] = in.readInt();
        }
        return new GazetteerIndex(codes, countryNames, admin1, c, KeyTable.read(in), KeyTable.read(in),
                KeyTable.read(in), KeyTable.read(in), KeyTable.read(in), KeyTable.read(in));
    }

    private static void writeStrings(DataOutputStream out, String[] values) throws IOException {
        out.writeInt(values.length);
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    private static String[] readStrings(DataInputStream in) throws IOException {
        String[] values = new String[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readUTF();
        }
        return values;
    }
}
