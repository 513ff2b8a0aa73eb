package org.sitrep.nlp.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins a "sentence" that starts in lower case to the one before it: web copies and machine translation
 * leave stray full stops inside sentences ("Abu Mahdi. al-Muhandis", "cars. and wounding a soldier").
 */
public final class SentenceMender {
    private SentenceMender() {
    }

    /**
     * @param sentences CoreNLP sentences in order; their tokens are renumbered when joined
     * @return the sentences with broken ones joined
     */
    public static List<CoreMap> mend(List<CoreMap> sentences) {
        List<CoreMap> out = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            if (!out.isEmpty() && startsInLowerCase(s)) {
                out.set(out.size() - 1, join(out.get(out.size() - 1), s));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean startsInLowerCase(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens.isEmpty()) {
            return false;
        }
        String first = tokens.get(0).word();
        return !first.isEmpty() && Character.isLowerCase(first.charAt(0)) && !paragraphBreakBefore(tokens.get(0));
    }

    private static boolean paragraphBreakBefore(CoreLabel token) {
        String before = token.get(CoreAnnotations.BeforeAnnotation.class);
        return before != null && before.chars().filter(c -> c == '\n').count() >= 2;
    }

    private static CoreMap join(CoreMap first, CoreMap second) {
        List<CoreLabel> tokens = new ArrayList<>(first.get(CoreAnnotations.TokensAnnotation.class));
        tokens.addAll(second.get(CoreAnnotations.TokensAnnotation.class));
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).setIndex(i + 1);
        }
        CoreMap joined = new ArrayCoreMap();
        joined.set(CoreAnnotations.TokensAnnotation.class, tokens);
        joined.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class,
                first.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
        joined.set(CoreAnnotations.CharacterOffsetEndAnnotation.class,
                second.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        joined.set(CoreAnnotations.TokenBeginAnnotation.class, first.get(CoreAnnotations.TokenBeginAnnotation.class));
        joined.set(CoreAnnotations.TokenEndAnnotation.class, second.get(CoreAnnotations.TokenEndAnnotation.class));
        joined.set(CoreAnnotations.SentenceIndexAnnotation.class,
                first.get(CoreAnnotations.SentenceIndexAnnotation.class));
        return joined;
    }
}
