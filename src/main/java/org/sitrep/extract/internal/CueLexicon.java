package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.extract.Cue;
import org.sitrep.extract.CueMatch;
import org.sitrep.lang.Language;
import org.sitrep.lang.LanguageException;
import org.sitrep.text.Token;

/**
 * The cue phrases of the language bundle's {@code extract-cues.txt}, indexed by their first word, and the matcher that finds them in a
 * sentence's tokens. Immutable and thread-safe.
 */
public final class CueLexicon {
    private static final String RESOURCE = "extract-cues.txt";
    private static final int MAX_GAP = 3;

    private final Map<String, List<Phrase>> byFirstWord;

    private CueLexicon(Map<String, List<Phrase>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /**
     * @param language the bundle whose {@value #RESOURCE} table holds the cue phrases
     * @return the lexicon
     * @throws org.sitrep.lang.LanguageException if the table is missing, unreadable or a line is malformed
     */
    public static CueLexicon load(Language language) {
        Map<String, List<Phrase>> index = new HashMap<>();
        int number = 0;
        for (String line : language.lines(RESOURCE)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            Cue cue = parts.length == 2 ? cue(parts[0].trim()) : null;
            if (cue == null) {
                throw new LanguageException(language.path(RESOURCE) + " line " + number
                        + ": expected CUE<TAB>phrase with CUE one of " + java.util.Arrays.toString(Cue.values()), null);
            }
            Phrase phrase = Phrase.parse(cue, parts[1].trim());
            index.computeIfAbsent(phrase.elements.get(0).word, k -> new ArrayList<>()).add(phrase);
        }
        return new CueLexicon(index);
    }

    private static Cue cue(String name) {
        try {
            return Cue.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @param tokens a sentence's tokens
     * @return every cue phrase occurrence, in token order; a phrase may overlap another of a different cue
     */
    public List<CueMatch> match(List<Token> tokens) {
        List<CueMatch> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            addMatches(tokens, i, byFirstWord.get(t.lemma()), out);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (!word.equals(t.lemma())) {
                addMatches(tokens, i, byFirstWord.get(word), out);
            }
        }
        // The longer trigger phrase wins: "rocket-propelled grenade" is no rocket and no hand grenade.
        out.removeIf(m -> m.cue().isTrigger() && out.stream().anyMatch(o -> o.cue() != m.cue() && o.cue().isTrigger()
                && o.first() <= m.first() && m.last() <= o.last() && o.last() - o.first() > m.last() - m.first()));
        return out;
    }

    /**
     * @param tokens a sentence's tokens
     * @return true when the sentence holds at least one trigger cue, i.e. may report an event
     */
    public boolean hasTrigger(List<Token> tokens) {
        return match(tokens).stream().anyMatch(m -> m.cue().isTrigger());
    }

    private static void addMatches(List<Token> tokens, int start, List<Phrase> phrases, List<CueMatch> out) {
        if (phrases == null) {
            return;
        }
        for (Phrase p : phrases) {
            int end = p.matchAt(tokens, start);
            if (end >= 0 && out.stream().noneMatch(m -> m.cue() == p.cue && m.first() == start && m.last() >= end)) {
                out.removeIf(m -> m.cue() == p.cue && m.first() == start && m.last() < end);
                out.add(new CueMatch(p.cue, start, end));
            }
        }
    }

    private record Element(String word, String tagPrefix, boolean gap) {
        boolean accepts(Token t) {
            boolean wordOk = t.lemma().equals(word) || t.word().toLowerCase(Locale.ROOT).equals(word);
            return wordOk && (tagPrefix == null || t.pos().startsWith(tagPrefix) && !properForCommon(t));
        }

        /** "NN" asks for a common noun: "march/NN" must not match the month "March" (NNP). */
        private boolean properForCommon(Token t) {
            return tagPrefix.equals("NN") && t.pos().startsWith("NNP");
        }
    }

    private record Phrase(Cue cue, List<Element> elements) {
        static Phrase parse(Cue cue, String text) {
            List<Element> elements = new ArrayList<>();
            // CoreNLP splits hyphenated words ("cease-fire" is cease, -, fire): so do the phrases.
            String spaced = text.toLowerCase(Locale.ROOT).replaceAll("(?<=\\w)-(?=\\w)", " - ");
            for (String part : spaced.split("\\s+")) {
                if (part.equals("~")) {
                    elements.add(new Element(null, null, true));
                } else {
                    int slash = part.indexOf('/');
                    elements.add(slash < 0 ? new Element(part, null, false)
                            : new Element(part.substring(0, slash), part.substring(slash + 1).toUpperCase(Locale.ROOT), false));
                }
            }
            return new Phrase(cue, List.copyOf(elements));
        }

        /** @return index of the last matched token, or -1 */
        int matchAt(List<Token> tokens, int start) {
            return matchFrom(tokens, start, 0);
        }

        private int matchFrom(List<Token> tokens, int pos, int element) {
            if (element == elements.size()) {
                return pos - 1;
            }
            Element e = elements.get(element);
            if (e.gap) {
                for (int skip = 0; skip <= MAX_GAP && pos + skip <= tokens.size(); skip++) {
                    int end = matchFrom(tokens, pos + skip, element + 1);
                    if (end >= 0) {
                        return end;
                    }
                }
                return -1;
            }
            if (pos >= tokens.size() || !e.accepts(tokens.get(pos))) {
                return -1;
            }
            return matchFrom(tokens, pos + 1, element + 1);
        }
    }
}
