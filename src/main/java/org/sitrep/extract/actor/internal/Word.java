package org.sitrep.extract.actor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.text.Span;
import org.sitrep.text.Token;
import org.sitrep.text.TokenRuns;

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
     * The lookup keys of a table entry ("al-Shabaab", "U.S.") or of a name looked up in a table, read the way
     * {@link #of} reads a document's tokens so that the two compare. Only for table keys: an actor phrase is
     * always read from the document's tokens.
     *
     * @param entry a table entry or a name to look up
     * @return its key words in order
     */
    public static List<Word> keysOfTableEntry(String entry) {
        List<Word> words = new ArrayList<>();
        add(words, WORD.matcher(entry), 0);
        return List.copyOf(words);
    }

    /**
     * The words of a span of the annotated document: each run of touching document tokens is read as its words,
     * so that "al", "-", "Shabaab" and "al Shabaab" read alike and "Iraq" "'s" is the word "Iraq".
     *
     * @param tokens the span's document tokens, in order
     * @param text   the cleaned article text their offsets point into
     * @param offset where the phrase starts in {@code text}; the words' offsets are relative to it
     * @return the words in order
     */
    public static List<Word> of(List<Token> tokens, String text, int offset) {
        List<Word> words = new ArrayList<>();
        for (Span run : TokenRuns.of(tokens)) {
            add(words, WORD.matcher(text).region(run.start(), run.end()), offset);
        }
        return List.copyOf(words);
    }

    private static void add(List<Word> words, Matcher m, int offset) {
        while (m.find()) {
            String text = POSSESSIVE.matcher(m.group()).replaceFirst("");
            String bare = text.replaceAll("[.'’]", "");
            if (!bare.isEmpty()) {
                words.add(new Word(text, bare, bare.toLowerCase(Locale.ROOT), m.start() - offset,
                        m.end() - offset));
            }
        }
    }
}
