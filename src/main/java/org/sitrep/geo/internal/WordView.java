package org.sitrep.geo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.text.Sentence;
import org.sitrep.text.Token;

/**
 * The geocoder's view of an annotated document's tokens: the words a place name is made of, with the
 * document's own offsets.
 *
 * <p>The document's tokenizer splits what a gazetteer name keeps whole ("Mazar-i-Sharif" into five tokens,
 * "didn't" into two) and keeps whole what a name reads apart ("W.Va.", "p.m.", "1,000"). So the tokens
 * written without a space between them are first joined again into the written word, which is then read as
 * a name's words: letters and digits with inner hyphens and apostrophes ("Mazar-i-Sharif", "Shi'ite"), dotted
 * abbreviations in capitals ("U.S."), a possessive "'s" left off ("Iran's militias" names Iran). No word
 * crosses a gap between two tokens.
 *
 * <p>A word starts a sentence when only closing punctuation, quotes and spaces separate it from a full stop,
 * colon, semicolon, dash or bar, or when a line break does: looser than the document's sentence split, since
 * headlines, datelines ("KABUL, Afghanistan (AP) —") and list items open a name as a sentence does. Thread-safe.
 */
public final class WordView {
    /** The shapes of a name's words inside one written word; no language's words, only letters and marks. */
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");
    /** What may stand between a sentence's last word and the next one's, besides the full stop. */
    private static final Pattern CLOSING = Pattern.compile("[\\s\"“”‘’'()\\[\\]]");
    /** The marks that end a sentence, headline or list item. */
    private static final String SENTENCE_ENDS = ".!?:;–—|";

    private final Pattern articleThenCapital;

    /** @param words the language's words; its lower-case articles make "al-Anbar" count as capitalised */
    public WordView(GeoWords words) {
        this.articleThenCapital = words.articleThenCapital();
    }

    /**
     * @param doc an annotated document; only its tokens' offsets are read
     * @return its words in text order
     */
    public List<Word> words(AnnotatedArticle doc) {
        String text = doc.text();
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = 0;
        int chunkStart = -1;
        int chunkEnd = -1;
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (t.start() != chunkEnd) {
                    if (chunkStart >= 0) {
                        previousEnd = read(text, m.region(chunkStart, chunkEnd), out, previousEnd);
                    }
                    chunkStart = t.start();
                }
                chunkEnd = t.end();
            }
        }
        if (chunkStart >= 0) {
            read(text, m.region(chunkStart, chunkEnd), out, previousEnd);
        }
        return out;
    }

    /**
     * Adds the words of one written word, the tokens between two gaps; returns where the last word read
     * ends.
     */
    private int read(String text, Matcher m, List<Word> out, int previousEnd) {
        while (m.find()) {
            String w = m.group();
            int end = m.end();
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
                // "Iran's militias" names Iran
                w = w.substring(0, w.length() - 2);
                end -= 2;
            }
            boolean capital = Character.isUpperCase(w.codePointAt(0)) || articleThenCapital.matcher(w).matches();
            out.add(new Word(m.start(), end, w, capital,
                    startsSentence(text, previousEnd, m.start(), out.isEmpty())));
            previousEnd = end;
        }
        return previousEnd;
    }

    private static boolean startsSentence(String text, int from, int to, boolean first) {
        if (first) {
            return true;
        }
        String gap = text.substring(from, to);
        if (gap.indexOf('\n') >= 0) {
            return true;
        }
        String trimmed = CLOSING.matcher(gap).replaceAll("");
        return !trimmed.isEmpty() && SENTENCE_ENDS.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
    }
}
