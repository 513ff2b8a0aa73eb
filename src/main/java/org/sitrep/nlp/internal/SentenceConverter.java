package org.sitrep.nlp.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.text.Dependency;
import org.sitrep.text.Sentence;
import org.sitrep.text.Token;

/**
 * Copies CoreNLP's mutable annotations into Sitrep's immutable {@link Sentence} records.
 */
public final class SentenceConverter {
    private SentenceConverter() {
    }

    /**
     * @param index    the sentence's position in the article
     * @param sentence the CoreNLP sentence
     * @param parse    its basic dependency parse, or null when it was annotated shallowly only
     * @return the record
     */
    public static Sentence convert(int index, CoreMap sentence, GrammaticalStructure parse) {
        boolean deep = parse != null;
        List<Token> tokens = tokens(sentence, deep);
        List<Dependency> deps = deep ? dependencies(parse, tokens) : List.of();
        int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, start, end, tokens, deps, deep);
    }

    /**
     * @param index    the sentence's position in the article
     * @param sentence the CoreNLP sentence, NER-tagged or not
     * @param tagged   whether NER ran on it (otherwise its tokens' NER is {@code O})
     * @return the record, without dependencies
     */
    public static Sentence convertTagged(int index, CoreMap sentence, boolean tagged) {
        int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, start, end, tokens(sentence, tagged), List.of(), false);
    }

    /**
     * @param sentence a CoreNLP sentence with tokens, tags and lemmas
     * @return its tokens with NER left as {@code O}
     */
    public static List<Token> shallowTokens(CoreMap sentence) {
        return tokens(sentence, false);
    }

    private static List<Token> tokens(CoreMap sentence, boolean withNer) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> out = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = withNer && l.ner() != null ? l.ner() : "O";
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            out.add(new Token(i, l.word(), lemma.toLowerCase(Locale.ROOT), l.tag(), ner,
                    l.beginPosition(), l.endPosition()));
        }
        return out;
    }

    /**
     * Basic UD edges, with the enhanced graph's case marking added to oblique and nominal modifiers and to
     * adverbial clauses ("obl" with "on" becomes {@code obl:on}, "advcl" with "if" becomes {@code advcl:if}).
     */
    private static List<Dependency> dependencies(GrammaticalStructure parse, List<Token> tokens) {
        List<Dependency> basic = new ArrayList<>();
        for (TypedDependency td : parse.typedDependencies()) {
            int governor = td.gov().index() - 1;
            basic.add(new Dependency(governor < 0 ? -1 : governor, td.dep().index() - 1, td.reln().toString()));
        }
        List<Dependency> out = new ArrayList<>(basic.size());
        for (Dependency d : basic) {
            out.add(new Dependency(d.governor(), d.dependent(), marked(d, basic, tokens)));
        }
        return out;
    }

    private static String marked(Dependency d, List<Dependency> all, List<Token> tokens) {
        String rel = d.relation();
        String marker = switch (rel) {
            case "obl", "nmod" -> "case";
            case "advcl", "acl" -> "mark";
            default -> null;
        };
        if (marker == null) {
            return rel;
        }
        for (Dependency child : all) {
            if (child.governor() == d.dependent() && child.relation().equals(marker)) {
                String word = tokens.get(child.dependent()).lemma();
                return word.equals("by") && rel.equals("obl") ? "obl:agent" : rel + ":" + word;
            }
        }
        return rel;
    }
}
