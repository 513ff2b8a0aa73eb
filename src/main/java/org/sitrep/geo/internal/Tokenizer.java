package org.sitrep.geo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words for gazetteer matching: letters with inner hyphens and apostrophes
 * ("Mazar-i-Sharif", "Shi'ite"), and dotted abbreviations ("U.S.").
 */
public final class Tokenizer {
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern ARTICLE_THEN_CAPITAL = Pattern.compile("^(?:al|el|ad|an|ar|as|ash|at|az)-\\p{Lu}.*");

    private Tokenizer() {
    }

    /**
     * @param text the text
     * @return its words in order
     */
    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            String w = m.group();
            int end = m.end();
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
                // "Iran's militias" names Iran
                w = w.substring(0, w.length() - 2);
                end -= 2;
            }
            boolean capital = Character.isUpperCase(w.codePointAt(0)) || ARTICLE_THEN_CAPITAL.matcher(w).matches();
            out.add(new Token(m.start(), end, w, capital, startsSentence(text, previousEnd, m.start(), out.isEmpty())));
            previousEnd = end;
        }
        return out;
    }

    /** A word starts a sentence when only closing punctuation, quotes and spaces separate it from a full stop. */
    private static boolean startsSentence(String text, int from, int to, boolean first) {
        if (first) {
            return true;
        }
        String gap = text.substring(from, to);
        if (gap.indexOf('\n') >= 0) {
            return true;
        }
        String trimmed = gap.replaceAll("[\\s\"“”‘’'()\\[\\]]", "");
        return !trimmed.isEmpty() && ".!?:;–—|".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
    }
}
