package org.sitrep.geo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The word lists that keep ordinary capitalised words from being read as places.
 *
 * @param never  words that are never places ("March", "President")
 * @param common ordinary words that are places only with a clear cue ("Reading", "Mobile")
 */
public record WordLists(Set<String> never, Set<String> common) {
    private static final String RESOURCE = "/org/sitrep/geo/common-words.txt";

    /**
     * @return the lists shipped with Sitrep
     * @throws UncheckedIOException when the resource cannot be read
     */
    public static WordLists load() {
        Set<String> never = new HashSet<>();
        Set<String> common = new HashSet<>();
        Set<String> section = common;
        InputStream in = WordLists.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new IOException("resource " + RESOURCE + " is missing from the classpath"));
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line.equals("[never]") ? never : common;
                    continue;
                }
                section.addAll(java.util.Arrays.asList(line.trim().split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new WordLists(Set.copyOf(never), Set.copyOf(common));
    }
}
