package org.sitrep.extract.actor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One word of a phrase with its offsets.
 *
 * @param text  the word as written, possessive removed ({@code Iraq's} gives {@code Iraq})
 * @param bare  {@code text} without dots and apostrophes, case kept ({@code U.S.} gives {@code US})
 * @param norm  {@code bare} in lower case
 * @param start offset of the first character in the phrase
 * @param end   offset one past the last character of the word as written
 */
public record Word(String text, String bare, String norm, int start, int end) {
    // Hyphens split words so that "al-Shabaab" and "al Shabaab" read the same.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’][\\p{L}\\p{N}]+)*\\.?['’]?");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|(?<=s)['’])$");

    /**
     * @param phrase any text
     * @return its words in order
     */
    public static List<Word> split(String phrase) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(phrase);
        while (m.find()) {
            String text = POSSESSIVE.matcher(m.group()).replaceFirst("");
            String bare = text.replaceAll("[.'’]", "");
            if (!bare.isEmpty()) {
                words.add(new Word(text, bare, bare.toLowerCase(Locale.ROOT), m.start(), m.end()));
            }
        }
        return List.copyOf(words);
    }
}
