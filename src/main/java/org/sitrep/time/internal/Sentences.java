package org.sitrep.time.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lang.Language;

/**
 * Finds the sentence around an offset with a light rule, enough to keep a date from
 * drifting to another event: a sentence ends at a line break, or at ". ", "! ", "? " followed by
 * a capital or a quote, unless the word before the full stop is an initial or one of the bundle's
 * {@code time-sentence-abbreviations}. Immutable.
 */
public final class Sentences {
    private static final Pattern BREAK =
            Pattern.compile("[.!?]+[\"'\u201d\u2019)]*\\s+(?=[\"'\u201c\u2018(]?[A-Z])|\\n");
    private static final Pattern LAST_WORD = Pattern.compile("(\\w+)\\.$");

    private final Set<String> abbreviations;

    /**
     * @param language the bundle to read the abbreviations from
     * @throws org.sitrep.lang.LanguageException if the resource is missing
     */
    public Sentences(Language language) {
        abbreviations = language.words("time-sentence-abbreviations");
    }

    /**
     * @param text   the text
     * @param offset an offset in it, 0..length
     * @return {start, end} of the sentence holding the offset
     */
    public int[] around(String text, int offset) {
        int start = 0;
        Matcher matcher = BREAK.matcher(text);
        while (matcher.find()) {
            if (isAbbreviation(text, matcher.start())) {
                continue;
            }
            if (matcher.end() > offset) {
                return new int[] {start, Math.max(matcher.start() + 1, offset)};
            }
            start = matcher.end();
        }
        return new int[] {start, text.length()};
    }

    private boolean isAbbreviation(String text, int stop) {
        if (text.charAt(stop) != '.') {
            return false;
        }
        Matcher word = LAST_WORD.matcher(text.substring(Math.max(0, stop - 12), stop + 1));
        if (!word.find()) {
            return false;
        }
        String w = word.group(1);
        return w.length() == 1 || abbreviations.contains(w.toLowerCase(Locale.ROOT));
    }
}
