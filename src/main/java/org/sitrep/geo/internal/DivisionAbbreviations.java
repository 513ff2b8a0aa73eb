package org.sitrep.geo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Abbreviations of first-level divisions as news style writes them ("W.Va.", "Calif.", "B.C."), from the
 * resource {@code division-abbreviations.tsv}. Immutable.
 */
public final class DivisionAbbreviations {
    private static final String RESOURCE = "/org/sitrep/geo/division-abbreviations.tsv";

    private final Map<String, Division> divisions;
    private final Pattern afterComma;

    /**
     * A division an abbreviation stands for.
     *
     * @param countryCode ISO 3166-1 alpha-2 code
     * @param name        the division's name, as the gazetteer knows it
     */
    public record Division(String countryCode, String name) {
    }

    /** @param divisions each abbreviation, exactly as written, with the division it stands for */
    public DivisionAbbreviations(Map<String, Division> divisions) {
        this.divisions = Map.copyOf(divisions);
        List<String> keys = divisions.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        String alternatives = keys.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.afterComma = Pattern.compile("(?<=,\\s)(?:" + alternatives + ")(?![\\p{L}])");
    }

    /**
     * @return the list shipped with Sitrep
     * @throws UncheckedIOException when the resource cannot be read
     */
    public static DivisionAbbreviations load() {
        try {
            Map<String, Division> out = new LinkedHashMap<>();
            for (String[] row : SourceData.readTsv(RESOURCE, 3)) {
                out.put(row[0], new Division(row[1], row[2]));
            }
            return new DivisionAbbreviations(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * @param written the text exactly as written, e.g. {@code "W.Va."}
     * @return the division it abbreviates; empty when it is no abbreviation of the list
     */
    public Optional<Division> of(String written) {
        return Optional.ofNullable(divisions.get(written.strip()));
    }

    /**
     * @return a pattern matching any abbreviation of the list after a comma and a space, as in
     *         "Charleston, W.Va.", and not followed by a letter; longest first
     */
    public Pattern afterComma() {
        return afterComma;
    }
}
