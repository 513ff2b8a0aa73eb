package org.sitrep.geo;

import java.util.List;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.text.Span;

/**
 * Stage of the geocoder that finds the place names of a document: which words name a place, the gazetteer
 * entries each may stand for and the cues around it ("near", "district", a comma and its container).
 * {@link RuleToponymFinder} is the rule-based implementation; the {@link ToponymResolver} then chooses one
 * entry per name. Implementations must be thread-safe; the {@link ToponymReading} they return serves one
 * document.
 */
public interface ToponymFinder {
    /**
     * Reads one document.
     *
     * @param doc   the annotated document; its tokens give the words, its text the cues
     * @param hints character spans an NER tagger (or a caller) marked as locations, which cue the words inside
     *              them; may be empty
     * @return the document's names, read on demand
     */
    ToponymReading read(AnnotatedArticle doc, List<Span> hints);
}
