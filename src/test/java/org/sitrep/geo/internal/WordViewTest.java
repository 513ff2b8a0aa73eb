package org.sitrep.geo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.lang.Language;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.text.Sentence;
import org.sitrep.text.Token;

/** {@link WordView}: the geocoder's words, read from a document's tokens. */
class WordViewTest {
    private static final WordView VIEW = new WordView(GeoWords.of(Language.english()));

    /** A one-sentence document whose tokens are the given pieces, each followed by the given gap. */
    private static AnnotatedArticle doc(String... piecesAndGaps) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < piecesAndGaps.length; i += 2) {
            int start = text.length();
            text.append(piecesAndGaps[i]);
            tokens.add(new Token(tokens.size(), piecesAndGaps[i], piecesAndGaps[i], "NN", "O", start, text.length()));
            if (i + 1 < piecesAndGaps.length) {
                text.append(piecesAndGaps[i + 1]);
            }
        }
        String t = text.toString();
        return new AnnotatedArticle(Article.of("test", null, t),
                List.of(new Sentence(0, 0, t.length(), tokens, List.of(), false)));
    }

    private static List<String> words(AnnotatedArticle doc) {
        return VIEW.words(doc).stream().map(Word::text).toList();
    }

    @Test
    void joinsTheTokensOfAHyphenatedNameIntoOneWord() {
        assertEquals(List.of("near", "Mazar-i-Sharif"), words(doc("near", " ", "Mazar", "", "-", "", "i", "", "-", "",
                "Sharif")));
    }

    @Test
    void leavesThePossessiveOffTheNameItFollows() {
        List<Word> words = VIEW.words(doc("Iran", "", "'s", " ", "militias"));
        assertEquals(List.of("Iran", "militias"), words.stream().map(Word::text).toList());
        assertEquals(4, words.get(0).end(), "the word ends where the name does");
    }

    @Test
    void keepsAContractionWhole() {
        assertEquals(List.of("They", "didn't", "go"), words(doc("They", " ", "did", "", "n't", " ", "go")));
    }

    @Test
    void readsADivisionAbbreviationAsItsLetters() {
        assertEquals(List.of("Charleston", "W", "Va"), words(doc("Charleston", "", ",", " ", "W.Va.")));
    }

    @Test
    void keepsADottedAbbreviationInCapitalsWhole() {
        assertEquals(List.of("U.S.", "forces"), words(doc("U.S.", " ", "forces")));
    }

    @Test
    void countsANameAfterALowerCaseArticleAsCapitalised() {
        List<Word> words = VIEW.words(doc("in", " ", "al", "", "-", "", "Anbar"));
        assertEquals("al-Anbar", words.get(1).text());
        assertTrue(words.get(1).capitalised(), "al-Anbar is a name");
        assertFalse(words.get(0).capitalised());
    }

    @Test
    void startsASentenceAfterAColonAndAfterALineBreak() {
        List<Word> words = VIEW.words(doc("Pompeo", "", ":", " ", "Iran", "\n", "Baghdad", " ", "rockets"));
        assertEquals(List.of(true, true, true, false), words.stream().map(Word::sentenceStart).toList());
    }

    @Test
    void readsNoWordFromPunctuation() {
        assertEquals(List.of("Kabul"), words(doc("(", "", "Kabul", "", ")", " ", "—")));
    }
}
