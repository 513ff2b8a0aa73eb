package org.sitrep.extract.casualty;

import org.sitrep.text.Sentence;

/**
 * The casualty stage: how many people one sentence of an annotated document says were killed and wounded.
 * {@link RuleCasualtyReader} is the first implementation. Implementations are thread-safe.
 */
public interface CasualtyReader {
    /**
     * @param sentence a sentence of the annotated document; only its shallow layer (tokens and offsets) is needed
     * @param text     the cleaned article text the sentence's offsets point into
     * @return the killed and wounded counts, each null when the sentence states none, with offsets relative to the
     *         sentence's start; {@link Casualties#NONE} for a null or empty sentence
     */
    Casualties read(Sentence sentence, String text);
}
