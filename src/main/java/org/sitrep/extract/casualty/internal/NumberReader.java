package org.sitrep.extract.casualty.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the number phrase that starts at a token: digits, number words, vague amounts, "a/an" before a person. */
public final class NumberReader {
    private static final int ARTICLE_REACH = 6;
    private static final Map<String, Integer> VAGUE_PLURALS = Map.of("tens", 10, "dozens", 12, "scores", 20,
            "hundreds", 100, "thousands", 1000);
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

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
        if (i > 0 && t.get(i).norm().equals("one") && Set.of("no", "not").contains(t.get(i - 1).norm())) {
            return Optional.empty();
        }
        int at = i;
        boolean lower = false;
        int skip = modifier(t, at);
        if (skip > 0) {
            lower = isLowerModifier(t, at);
            at += skip;
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
        if (Lexicon.NUMBER_WORDS.containsKey(w) || w.contains("-")) {
            return words(t, at);
        }
        if (VAGUE_PLURALS.containsKey(w)) {
            boolean thousands = w.equals("tens") && Token.is(t, at + 1, "of") && Token.is(t, at + 2, "thousands");
            return Optional.of(thousands ? new int[] {10_000, at + 3, 1} : new int[] {VAGUE_PLURALS.get(w), at + 1, 1});
        }
        if (w.equals("several") || (w.equals("a") && Token.is(t, at + 1, "few"))) {
            return Optional.of(new int[] {several, at + (w.equals("a") ? 2 : 1), 1});
        }
        if (w.equals("a") && Token.is(t, at + 1, "dozen")) {
            return Optional.of(new int[] {12, at + 2, 0});
        }
        if (w.equals("a") && Token.is(t, at + 1, "couple")) {
            return Optional.of(new int[] {2, at + (Token.is(t, at + 2, "of") ? 3 : 2), 0});
        }
        if (w.equals("a") && Token.is(t, at + 1, "hundred")) {
            return Optional.of(new int[] {100, at + 2, 0});
        }
        if (w.equals("a") || w.equals("an") || w.equals("his") || w.equals("her")) {
            return article(t, at);
        }
        return Optional.empty();
    }

    private Optional<int[]> digits(List<Token> t, int at) {
        Token tok = t.get(at);
        long value = Long.parseLong(tok.text().replace(",", ""));
        boolean year = !tok.text().contains(",") && value >= MIN_YEAR && value <= MAX_YEAR;
        boolean date = isMonth(t, at - 1) || isMonth(t, at + 1);
        boolean unit = at + 1 < t.size() && Lexicon.UNITS.contains(t.get(at + 1).norm());
        boolean money = at > 0 && "$£€#".contains(t.get(at - 1).text());
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
            int ones = next < t.size() ? Lexicon.NUMBER_WORDS.getOrDefault(t.get(next).norm(), 0) : 0;
            if (ones > 0 && ones < 10) {
                value += ones;
                next++;
            }
        }
        if (value < 10 && Token.is(t, next, "hundred")) {
            value *= 100;
            next++;
        }
        if (next < t.size() && Lexicon.UNITS.contains(t.get(next).norm())) {
            return Optional.empty();
        }
        return Optional.of(new int[] {value, next, 0});
    }

    // "twenty-five" as one token; -1 for a hyphenated word that is not a number.
    private static int compound(String w) {
        String[] parts = w.split("-");
        if (parts.length == 1) {
            return Lexicon.NUMBER_WORDS.getOrDefault(w, -1);
        }
        if (parts.length != 2) {
            return -1;
        }
        int tens = Lexicon.NUMBER_WORDS.getOrDefault(parts[0], -1);
        int ones = Lexicon.NUMBER_WORDS.getOrDefault(parts[1], -1);
        return tens >= 20 && tens % 10 == 0 && ones > 0 && ones < 10 ? tens + ones : -1;
    }

    // "a woman", "an Iraqi soldier", "his guard": one person; the phrase runs to the noun.
    private Optional<int[]> article(List<Token> t, int at) {
        for (int j = at + 1; j < Math.min(t.size(), at + 1 + ARTICLE_REACH); j++) {
            Token tok = t.get(j);
            boolean number = tok.isDigits() || Lexicon.NUMBER_WORDS.containsKey(tok.norm());
            if (number || Lexicon.isBreak(tok) || Set.of("and", "of", ",", "or").contains(tok.norm())) {
                return Optional.empty();
            }
            if (lexicon.isPerson(tok) && !tok.isCapitalized()) {
                return Optional.of(new int[] {1, j + 1, 0});
            }
        }
        return Optional.empty();
    }

    private static int modifier(List<Token> t, int at) {
        String w = t.get(at).norm();
        String next = at + 1 < t.size() ? t.get(at + 1).norm() : "";
        return switch (w) {
            case "at" -> next.equals("least") ? 2 : 0;
            case "more", "fewer", "less" -> next.equals("than") ? 2 : 0;
            case "no" -> (next.equals("fewer") || next.equals("less")) && Token.is(t, at + 2, "than") ? 3 : 0;
            case "up" -> next.equals("to") ? 2 : 0;
            case "as" -> next.equals("many") && Token.is(t, at + 2, "as") ? 3 : 0;
            case "over", "some", "about", "around", "nearly", "almost", "approximately", "roughly" -> 1;
            case "an" -> next.equals("estimated") ? 2 : 0;
            default -> 0;
        };
    }

    private static boolean isLowerModifier(List<Token> t, int at) {
        String w = t.get(at).norm();
        return w.equals("at") || w.equals("more") || w.equals("over") || w.equals("no");
    }

    private static boolean isMonth(List<Token> t, int i) {
        return i >= 0 && i < t.size() && Lexicon.MONTHS.contains(t.get(i).norm()) && t.get(i).isCapitalized();
    }
}
