package org.sitrep.nlp;

import java.util.List;
import org.sitrep.text.Token;

/**
 * Chooses which sentences of an article get the costly annotators (NER, dependency parse), looking at the
 * shallow tokens of all of them at once.
 */
@FunctionalInterface
public interface DeepSelector {
    /**
     * @param sentences the shallow tokens of every sentence, in order
     * @return for each sentence, whether to annotate it deeply; same length as {@code sentences}
     */
    boolean[] select(List<List<Token>> sentences);
}
