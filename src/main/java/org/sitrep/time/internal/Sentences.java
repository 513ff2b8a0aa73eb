package org.sitrep.time.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sentence around an offset with a light rule, enough to keep a date from
 * drifting to another event: a sentence ends at a line break, or at ". ", "! ", "? " followed by
 * a capital or a quote, unless the word before the full stop is an abbreviation or an initial.
 */
public final class Sentences {
    private static final Pattern BREAK =
            Pattern.compile("[.!?]+[\"'\u201d\u2019)]*\\s+(?=[\"'\u201c\u2018(]?[A-Z])|\\n");
    private static final Pattern LAST_WORD = Pattern.compile("(\\w+)\\.$");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep", "st",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs");

    private Sentences() {
    }

    /**
     * @param text   the text
     * @param offset an offset in it, 0..length
     * @return {start, end} of the sentence holding the offset
     */
    public static int[] around(String text, int offset) {
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

    private static boolean isAbbreviation(String text, int stop) {
        if (text.charAt(stop) != '.') {
            return false;
        }
        Matcher word = LAST_WORD.matcher(text.substring(Math.max(0, stop - 12), stop + 1));
        if (!word.find()) {
            return false;
        }
        String w = word.group(1);
        return w.length() == 1 || ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
    }
}
