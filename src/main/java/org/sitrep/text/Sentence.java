package org.sitrep.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of an annotated article. Sentences that cannot carry an event are annotated shallowly
 * (tokens, tags, lemmas); the others also carry named entities and a dependency parse.
 *
 * @param index        position in the article, from 0
 * @param start        offset of its first character in the cleaned article text
 * @param end          offset one past its last character
 * @param tokens       its tokens in order
 * @param dependencies its dependency edges; empty when the sentence was not parsed
 * @param deep         true when NER and the dependency parse were run on it
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies,
                       boolean deep) {
    /** Copies the lists so the record stays immutable. */
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /**
     * @param tokenIndex a token's index
     * @return the edges whose governor is that token
     */
    public List<Dependency> children(int tokenIndex) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == tokenIndex) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * @param tokenIndex a token's index
     * @return the edge that makes it a dependent, or null for the root or an unparsed sentence
     */
    public Dependency head(int tokenIndex) {
        for (Dependency d : dependencies) {
            if (d.dependent() == tokenIndex) {
                return d;
            }
        }
        return null;
    }

    /**
     * @param text the cleaned article text the offsets point into
     * @return the sentence's text
     */
    public String text(String text) {
        return text.substring(start, end);
    }
}
