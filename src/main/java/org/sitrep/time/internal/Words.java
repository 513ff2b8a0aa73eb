package org.sitrep.time.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.lang.Language;
import org.sitrep.lang.LanguageException;

/**
 * Reads the date words of a language bundle and turns them into regex fragments. A phrase's words may be
 * separated by any run of white space in the text; everything else is matched literally.
 */
final class Words {
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private Words() {
    }

    /**
     * @param words words or phrases, tried in this order
     * @return a non-capturing group matching any of them
     */
    static String anyOf(List<String> words) {
        return words.stream()
                .map(w -> BLANKS.splitAsStream(w).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * @param language the bundle
     * @param name     a word list of it
     * @return its entries in file order
     * @throws LanguageException if the list is missing or empty
     */
    static List<String> list(Language language, String name) {
        List<String> words = language.list(name);
        if (words.isEmpty()) {
            throw new LanguageException(language.path(name + ".txt") + " has no entries: the date rules need at "
                    + "least one", null);
        }
        return words;
    }

    /**
     * Reads a two-column table whose keys are matched in any case, so they are kept in lower case.
     *
     * @param language the bundle
     * @param name     a two-column table of it
     * @param value    reads the second cell; throws IllegalArgumentException for a bad one
     * @param <V>      the value type
     * @return the keys, in lower case and in file order, mapped to their values
     * @throws LanguageException if the table is missing, empty or holds a bad value
     */
    static <V> Map<String, V> lowerCaseTable(Language language, String name, Function<String, V> value) {
        return table(language, name, k -> normalized(k), value);
    }

    /**
     * @param language the bundle
     * @param name     a two-column table of it
     * @param key      turns the first cell into the key
     * @param value    reads the second cell; throws IllegalArgumentException for a bad one
     * @param <V>      the value type
     * @return the table in file order
     * @throws LanguageException if the table is missing, empty or holds a bad value
     */
    static <V> Map<String, V> table(Language language, String name, Function<String, String> key,
                                    Function<String, V> value) {
        Map<String, V> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> row : language.map(name).entrySet()) {
            try {
                out.put(key.apply(row.getKey()), value.apply(row.getValue()));
            } catch (IllegalArgumentException e) {
                throw bad(language, name, row.getKey(), row.getValue(), e);
            }
        }
        if (out.isEmpty()) {
            throw new LanguageException(language.path(name + ".tsv") + " has no rows: the date rules need at least "
                    + "one", null);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * @param language the bundle
     * @param name     the table
     * @param key      the row's first cell
     * @param value    the row's bad cell
     * @param cause    what is wrong with it
     * @return the exception to throw, naming resource, row and the trouble
     */
    static LanguageException bad(Language language, String name, String key, String value, Exception cause) {
        return new LanguageException(language.path(name + ".tsv") + ": row '" + key + "' has a bad value '" + value
                + "' (" + cause.getMessage() + ")", cause);
    }

    /**
     * @param phrase a phrase as written in the text or the bundle
     * @return its lookup key: lower case, one blank between words
     */
    static String normalized(String phrase) {
        return BLANKS.matcher(phrase.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /**
     * @param text a whole number as written in a bundle
     * @param min  least value allowed
     * @param max  greatest value allowed
     * @return the number
     * @throws IllegalArgumentException if it is not a number in range
     */
    static int number(String text, int min, int max) {
        int n = Integer.parseInt(text);
        if (n < min || n > max) {
            throw new IllegalArgumentException("expected a number from " + min + " to " + max);
        }
        return n;
    }
}
