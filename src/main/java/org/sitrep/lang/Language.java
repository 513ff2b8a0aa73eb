package org.sitrep.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A language bundle: the word lists, tables and patterns the readers of one language use, kept as classpath
 * resources under {@code org/sitrep/lang/CODE/}. A second language is a new folder of resources, not new code.
 *
 * <p>Resource formats, all UTF-8:
 * <ul>
 *   <li>{@link #words}: one entry per line, trimmed; blank lines and lines starting with {@code #} skipped;</li>
 *   <li>{@link #table}: tab-separated cells, trimmed, with the same comment rule;</li>
 *   <li>{@link #pattern}: one regular expression (lines joined without separator, so a long
 *       alternation may be wrapped), compiled once.</li>
 * </ul>
 * Each resource is read once per bundle and kept; the collections returned are immutable. Thread-safe.
 */
public final class Language {
    /** The bundle Sitrep reads with unless told otherwise. */
    public static final String DEFAULT_CODE = "en";
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    private final String code;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    private Language(String code) {
        this.code = code;
    }

    /**
     * @param code an ISO 639 code in lower case, such as {@code en}
     * @return the bundle of that language
     * @throws LanguageException if the code is malformed or no bundle of that language is on the classpath
     */
    public static Language load(String code) {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new LanguageException("language code '" + code
                    + "' is not an ISO 639 code in lower case (such as 'en')", null);
        }
        Language language = new Language(code);
        if (Language.class.getResource(language.path("bundle.txt")) == null) {
            throw new LanguageException("no language bundle '" + code + "' on the classpath (expected "
                    + language.path("bundle.txt") + "); the bundles shipped are: " + DEFAULT_CODE, null);
        }
        return language;
    }

    /** @return the English bundle, the default */
    public static Language english() {
        return load(DEFAULT_CODE);
    }

    /** @return the bundle's ISO 639 code */
    public String code() {
        return code;
    }

    /** @return the bundle's locale, for case mapping and formats */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * @param name a resource of the bundle without its {@code .txt} ending, such as {@code speech-verbs}
     * @return its entries in file order, as written
     * @throws LanguageException if the resource is missing or unreadable
     */
    public Set<String> words(String name) {
        return cached("words:" + name, n -> Set.copyOf(new LinkedHashSet<>(entries(name + ".txt"))));
    }

    /**
     * @param name a resource without its {@code .txt} ending
     * @return its entries in file order, duplicates kept
     * @throws LanguageException if the resource is missing or unreadable
     */
    public List<String> list(String name) {
        return cached("list:" + name, n -> List.copyOf(entries(name + ".txt")));
    }

    /**
     * @param name    a resource without its {@code .tsv} ending
     * @param columns how many cells each row must have
     * @return its rows in file order, each with exactly {@code columns} cells
     * @throws LanguageException if the resource is missing, unreadable or a row has another number of cells
     */
    public List<List<String>> table(String name, int columns) {
        return cached("table:" + columns + ":" + name, n -> {
            List<List<String>> rows = new ArrayList<>();
            int line = 0;
            for (String raw : lines(name + ".tsv")) {
                line++;
                if (raw.isBlank() || raw.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.stream(raw.split("\t", -1)).map(String::trim).toList();
                if (cells.size() != columns) {
                    throw new LanguageException(path(name + ".tsv") + " line " + line + ": expected " + columns
                            + " tab-separated cells, found " + cells.size(), null);
                }
                rows.add(cells);
            }
            return List.copyOf(rows);
        });
    }

    /**
     * @param name a two-column resource without its {@code .tsv} ending
     * @return its first column mapped to its second, in file order
     * @throws LanguageException if the resource is missing or malformed, or a key repeats
     */
    public Map<String, String> map(String name) {
        return cached("map:" + name, n -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (List<String> row : table(name, 2)) {
                if (out.put(row.get(0), row.get(1)) != null) {
                    throw new LanguageException(path(name + ".tsv") + ": key '" + row.get(0) + "' repeats", null);
                }
            }
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    /**
     * @param name  a resource without its {@code .regex} ending
     * @param flags {@link Pattern} flags
     * @return the compiled pattern
     * @throws LanguageException if the resource is missing or not a valid regular expression
     */
    public Pattern pattern(String name, int flags) {
        return cached("pattern:" + flags + ":" + name, n -> {
            String regex = String.join("", entries(name + ".regex"));
            try {
                return Pattern.compile(regex, flags);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new LanguageException(path(name + ".regex") + " is not a valid regular expression: "
                        + e.getDescription(), e);
            }
        });
    }

    /**
     * @param name a resource with its ending, such as {@code cues.txt}
     * @return its lines as read, comments and blank lines included
     * @throws LanguageException if the resource is missing or unreadable
     */
    public List<String> lines(String name) {
        String resource = path(name);
        InputStream in = Language.class.getResourceAsStream(resource);
        if (in == null) {
            throw new LanguageException("language bundle '" + code + "' has no resource " + resource
                    + ": add it to the bundle", null);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line);
            }
        } catch (IOException e) {
            throw new LanguageException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * @param name a resource with its ending
     * @return the classpath path of that resource in this bundle
     */
    public String path(String name) {
        return "/org/sitrep/lang/" + code + "/" + name;
    }

    @Override
    public String toString() {
        return "Language[" + code + "]";
    }

    private List<String> entries(String name) {
        List<String> out = new ArrayList<>();
        for (String line : lines(name)) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Function<String, T> load) {
        // computeIfAbsent may not be re-entered for the same map (map() reads table()): load outside it.
        Object hit = cache.get(key);
        if (hit == null) {
            hit = load.apply(key);
            Object raced = cache.putIfAbsent(key, hit);
            if (raced != null) {
                hit = raced;
            }
        }
        return (T) hit;
    }
}
