package org.sitrep.extract.casualty.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;
import org.sitrep.text.TokenRuns;

/**
 * A word, number or punctuation mark of a sentence, as the casualty reader reads it.
 *
 * @param text  as written
 * @param norm  lower case, curly apostrophes straightened
 * @param start offset of the first character
 * @param end   offset one past the last character
 */
public record Token(String text, String norm, int start, int end) {
    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,3}(?:,\\d{3})+(?![\\d])|[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    /**
     * The words of a document sentence as this reader sees them: each run of touching document tokens
     * ("73", "-", "year", "-", "old") is read as its words ("73-year-old"), so that a hyphenated age, a clitic
     * on its verb ("wasn't") and a number with commas ("30,000") are one word each, and a time ("5:15") or an
     * abbreviation's dot ("Dec.") are not part of a word.
     *
     * @param sentence a sentence of the annotated document
     * @param text     the cleaned article text its offsets point into
     * @return its words in order, offsets relative to the sentence's start
     */
    public static List<Token> of(Sentence sentence, String text) {
        List<Token> tokens = new ArrayList<>();
        for (Span run : TokenRuns.of(sentence.tokens())) {
            Matcher m = TOKEN.matcher(text).region(run.start(), run.end());
            while (m.find()) {
                String norm = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
                tokens.add(new Token(m.group(), norm, m.start() - sentence.start(), m.end() - sentence.start()));
            }
        }
        return List.copyOf(tokens);
    }

    /** @return true for a number written in digits, such as {@code 12} or {@code 30,000} */
    public boolean isDigits() {
        return text.matches("\\d{1,3}(?:,\\d{3})+|\\d+");
    }

    /** @return true when the token starts with a capital letter */
    public boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /**
     * @param tokens a sentence's tokens
     * @param i      an index, possibly out of range
     * @param word   a lower-case word
     * @return true when the token at {@code i} exists and is {@code word}
     */
    public static boolean is(List<Token> tokens, int i, String word) {
        return i >= 0 && i < tokens.size() && tokens.get(i).norm().equals(word);
    }
}
