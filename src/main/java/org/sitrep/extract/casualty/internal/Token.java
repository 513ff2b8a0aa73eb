package org.sitrep.extract.casualty.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word, number or punctuation mark of a sentence.
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
     * @param sentence any text
     * @return its tokens in order
     */
    public static List<Token> split(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            String norm = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            tokens.add(new Token(m.group(), norm, m.start(), m.end()));
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
