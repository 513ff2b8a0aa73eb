package org.sitrep.extract.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.text.Token;

/**
 * The cue phrases of {@code cues.txt}, indexed by their first word, and the matcher that finds them in a
 * sentence's tokens. Immutable and thread-safe.
 */
public final class CueLexicon {
    private static final String RESOURCE = "/org/sitrep/extract/cues.txt";
    private static final int MAX_GAP = 3;

    private final Map<String, List<Phrase>> byFirstWord;

    private CueLexicon(Map<String, List<Phrase>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /**
     * @return the lexicon bundled with Sitrep
     * @throws UncheckedIOException if the resource is missing or unreadable
     * @throws IllegalArgumentException if a line names an unknown cue
     */
    public static CueLexicon load() {
        try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource " + RESOURCE + " is missing from the jar"));
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static CueLexicon parse(BufferedReader reader) throws IOException {
        Map<String, List<Phrase>> index = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalArgumentException(RESOURCE + " line " + number + ": expected CUE<TAB>phrase");
            }
            Phrase phrase = Phrase.parse(Cue.valueOf(parts[0].trim()), parts[1].trim());
            index.computeIfAbsent(phrase.elements.get(0).word, k -> new ArrayList<>()).add(phrase);
        }
        return new CueLexicon(index);
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
