package org.sitrep.extract.casualty.internal;

import java.util.List;
import java.util.Optional;

/** Reads the number phrase that starts at a token: digits, number words, vague amounts, "a/an" before a person. */
public final class NumberReader {
    private static final int ARTICLE_REACH = 6;
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    // Currency signs before a number make it money; "#" stands for a pound sign lost in encoding.
    private static final String MONEY = "$£€#";

    private final Lexicon lexicon;
    private final int several;

    /**
     * @param lexicon the vocabulary
     * @param several the figure for "several" and "a few"
     */
    public NumberReader(Lexicon lexicon, int several) {
        this.lexicon = lexicon;
        this.several = several;
    }

    /**
     * @param t the sentence's tokens
     * @param i index of the first token of the phrase, modifiers included
     * @return the number phrase, or empty when none starts at {@code i}
     */
    public Optional<Quantity> readAt(List<Token> t, int i) {
        if (i > 0 && lexicon.numberWords.getOrDefault(t.get(i).norm(), 0) == 1
                && lexicon.negators.contains(t.get(i - 1).norm())) {
            return Optional.empty();
        }
        Optional<Lexicon.Modifier> modifier = lexicon.modifiers.stream()
                .filter(m -> Lexicon.matches(t, i, m.words())).findFirst();
        int at = i;
        boolean lower = false;
        if (modifier.isPresent()) {
            lower = modifier.get().lower();
            at += modifier.get().words().size();
        }
        if (at >= t.size()) {
            return Optional.empty();
        }
        Optional<int[]> core = core(t, at);
        if (core.isEmpty()) {
            return Optional.empty();
        }
        int value = core.get()[0];
        int last = core.get()[1];
        boolean vague = core.get()[2] == 1;
        return Optional.of(new Quantity(value, i, last, t.get(i).start(), t.get(last - 1).end(), lower || vague));
    }

    // Returns {value, index past the phrase, 1 if vague}.
    private Optional<int[]> core(List<Token> t, int at) {
        Token tok = t.get(at);
        String w = tok.norm();
        if (tok.isDigits()) {
            return digits(t, at);
        }
        if (lexicon.numberWords.containsKey(w) || w.contains("-")) {
            return words(t, at);
        }
        for (Lexicon.Amount a : lexicon.amounts) {
            if (Lexicon.matches(t, at, a.words())) {
                return Optional.of(new int[] {a.value() < 0 ? several : a.value(), at + a.words().size(),
                    a.vague() ? 1 : 0});
            }
        }
        if (lexicon.oneArticles.contains(w)) {
            return article(t, at);
        }
        return Optional.empty();
    }

    private Optional<int[]> digits(List<Token> t, int at) {
        Token tok = t.get(at);
        long value = Long.parseLong(tok.text().replace(",", ""));
        boolean year = !tok.text().contains(",") && value >= MIN_YEAR && value <= MAX_YEAR;
        boolean date = isMonth(t, at - 1) || isMonth(t, at + 1);
        boolean unit = at + 1 < t.size() && lexicon.units.contains(t.get(at + 1).norm());
        boolean money = at > 0 && MONEY.contains(t.get(at - 1).text());
        if (year || date || unit || money || value > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new int[] {(int) value, at + 1, 0});
    }

    private Optional<int[]> words(List<Token> t, int at) {
        int value = compound(t.get(at).norm());
        if (value < 0) {
            return Optional.empty();
        }
        int next = at + 1;
        if (value >= 20 && value % 10 == 0) {
            int ones = next < t.size() ? lexicon.numberWords.getOrDefault(t.get(next).norm(), 0) : 0;
            if (ones > 0 && ones < 10) {
                value += ones;
                next++;
            }
        }
        if (value < 10 && next < t.size() && lexicon.hundreds.contains(t.get(next).norm())) {
            value *= 100;
            next++;
        }
        if (next < t.size() && lexicon.units.contains(t.get(next).norm())) {
            return Optional.empty();
        }
        return Optional.of(new int[] {value, next, 0});
    }

    // "twenty-five" as one token; -1 for a hyphenated word that is not a number.
    private int compound(String w) {
        String[] parts = w.split("-");
        if (parts.length == 1) {
            return lexicon.numberWords.getOrDefault(w, -1);
        }
        if (parts.length != 2) {
            return -1;
        }
        int tens = lexicon.numberWords.getOrDefault(parts[0], -1);
        int ones = lexicon.numberWords.getOrDefault(parts[1], -1);
        return tens >= 20 && tens % 10 == 0 && ones > 0 && ones < 10 ? tens + ones : -1;
    }

    // "a woman", "an Iraqi soldier", "his guard": one person; the phrase runs to the noun.
    private Optional<int[]> article(List<Token> t, int at) {
        for (int j = at + 1; j < Math.min(t.size(), at + 1 + ARTICLE_REACH); j++) {
            Token tok = t.get(j);
            boolean number = tok.isDigits() || lexicon.numberWords.containsKey(tok.norm());
            if (number || lexicon.isBreak(tok) || lexicon.articleStops.contains(tok.norm())) {
                return Optional.empty();
            }
            if (lexicon.isPerson(tok) && !tok.isCapitalized()) {
                return Optional.of(new int[] {1, j + 1, 0});
            }
        }
        return Optional.empty();
    }

    private boolean isMonth(List<Token> t, int i) {
        return i >= 0 && i < t.size() && lexicon.months.contains(t.get(i).norm()) && t.get(i).isCapitalized();
    }
}
