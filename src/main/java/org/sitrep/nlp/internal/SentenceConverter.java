package org.sitrep.nlp.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Copies CoreNLP's mutable annotations into Sitrep's immutable {@link Sentence} records.
 */
public final class SentenceConverter {
    private SentenceConverter() {
    }

    /**
     * @param index    the sentence's position in the article
     * @param sentence the CoreNLP sentence
     * @param deep     whether NER and the parse were run on it
     * @return the record
     */
    public static Sentence convert(int index, CoreMap sentence, boolean deep) {
        List<Token> tokens = tokens(sentence, deep);
        List<Dependency> deps = deep ? dependencies(sentence) : List.of();
        int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, start, end, tokens, deps, deep);
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

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph == null) {
            return List.of();
        }
        List<Dependency> out = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            out.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        return out;
    }
}
