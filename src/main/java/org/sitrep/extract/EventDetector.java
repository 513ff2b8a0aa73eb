package org.sitrep.extract;

import java.util.List;
import org.sitrep.nlp.DeepSelector;
import org.sitrep.text.Token;

/**
 * Event detection, the first reading stage: finds the cue evidence in a sentence (words and phrases that
 * can anchor an event or describe it), and chooses, from the shallow layer of a whole article, which
 * sentences can carry an event and so deserve NER and a dependency parse. Implementations are immutable and
 * thread-safe.
 */
public interface EventDetector extends DeepSelector {
    /**
     * @param tokens a sentence's tokens (the shallow layer is enough)
     * @return every cue found in it, in token order; cues of different kinds may overlap
     */
    List<CueMatch> detect(List<Token> tokens);
}
