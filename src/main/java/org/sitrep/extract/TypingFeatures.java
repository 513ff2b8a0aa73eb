package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.text.Token;

/**
 * The features a learned sub-event typer reads in one sentence, from its shallow layer only (lemmas and tags,
 * which every sentence has), so that fitting and reading see the same: lemma unigrams and bigrams, the cue
 * kinds {@link EventDetector} found and their words, a few tag facts (a number, a modal, a past tense, a
 * quotation), and, for {@link Kind#LEXICAL_AND_RULES}, the types the rules decided, as evidence the model
 * weighs rather than a verdict.
 */
public final class TypingFeatures {
    /** The feature sets a model may be fitted on; the name is recorded in the model file. */
    public enum Kind {
        /** Words, cues and tags. */
        LEXICAL("lexical"),
        /** Words, cues and tags, and what the rules decided. */
        LEXICAL_AND_RULES("lexical+rules");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return the name as written in a model file and on the command line */
        public String label() {
            return label;
        }

        /**
         * @param label a name as written by {@link #label()}
         * @return the set
         * @throws IllegalArgumentException if no set has that name
         */
        public static Kind of(String label) {
            for (Kind s : values()) {
                if (s.label.equals(label)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown feature set '" + label + "' (lexical, lexical+rules)");
        }
    }

    /** The label of a sentence that reports no event. */
    public static final String NONE = "NONE";
    /** The model metadata key naming what a model is for. */
    public static final String TASK_KEY = "task";
    /** The task of a sub-event typing model. */
    public static final String TASK = "sub-event-typing";
    /** The model metadata key naming the feature set a model was fitted on. */
    public static final String FEATURES_KEY = "features";

    private TypingFeatures() {
    }

    /**
     * @param set    which features
     * @param tokens the sentence's tokens
     * @param cues   the cues found in it
     * @param rules  what the rules decided for it (read only for {@link Kind#LEXICAL_AND_RULES})
     * @return the feature names, each once, in a fixed order
     */
    public static List<String> of(Kind set, List<Token> tokens, List<CueMatch> cues, List<Trigger> rules) {
        Set<String> out = new LinkedHashSet<>();
        String previous = "<s>";
        for (Token t : tokens) {
            String w = word(t);
            if (w == null) {
                continue;
            }
            out.add("w=" + w);
            out.add("b=" + previous + "_" + w);
            previous = w;
            if (t.pos().equals("CD")) {
                out.add("tag=number");
            } else if (t.pos().equals("MD")) {
                out.add("tag=modal");
            } else if (t.pos().equals("VBD")) {
                out.add("tag=past");
            }
        }
        for (Token t : tokens) {
            if (isQuote(t.word())) {
                out.add("tag=quote");
                break;
            }
        }
        for (CueMatch m : cues) {
            out.add("cue=" + m.cue().name());
            StringBuilder phrase = new StringBuilder();
            for (int i = m.first(); i <= m.last(); i++) {
                phrase.append(i == m.first() ? "" : "_").append(tokens.get(i).lemma().toLowerCase(Locale.ROOT));
            }
            out.add("cuew=" + m.cue().name() + ":" + phrase);
        }
        if (set == Kind.LEXICAL_AND_RULES) {
            if (rules.isEmpty()) {
                out.add("rule=none");
            }
            for (Trigger t : rules) {
                out.add("rule=" + t.type().name());
                out.add("rulegroup=" + t.group().name() + (t.specific() ? ":specific" : ":generic"));
            }
        }
        return new ArrayList<>(out);
    }

    /** The lemma as a feature word: lower case, numbers as one word, punctuation left out. */
    private static String word(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (lemma.isEmpty() || lemma.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        if (t.pos().equals("CD") && lemma.codePoints().anyMatch(Character::isDigit)) {
            return "<num>";
        }
        return lemma;
    }

    private static boolean isQuote(String word) {
        return word.equals("``") || word.equals("''") || word.equals("\"") || word.equals("\u201c")
                || word.equals("\u201d");
    }
}
