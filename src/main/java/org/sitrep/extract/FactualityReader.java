package org.sitrep.extract;

import org.sitrep.text.Sentence;

/**
 * Factuality: whether a sentence reports its trigger as having happened, or negates, quotes, conditions,
 * totals or merely refers to it. Implementations are immutable and thread-safe.
 */
public interface FactualityReader {
    /**
     * @param sentence a deeply annotated sentence
     * @param trigger  a trigger of that sentence
     * @return how the sentence presents it
     */
    Factuality read(Sentence sentence, Trigger trigger);
}
