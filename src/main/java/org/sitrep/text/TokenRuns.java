package org.sitrep.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Stretches of touching tokens: tokens with no space between them ("73", "-", "year", "-", "old"). A shallow
 * reader that reads words of its own shape (a hyphenated age, a clitic joined to its verb) builds them from
 * these runs of the document's tokens instead of splitting the text again.
 */
public final class TokenRuns {
    private TokenRuns() {
    }

    /**
     * @param tokens tokens in text order
     * @return the character ranges of the maximal runs of touching or overlapping tokens, in text order
     */
    public static List<Span> of(List<Token> tokens) {
        List<Span> runs = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Token t : tokens) {
            if (start >= 0 && t.start() <= end) {
                end = Math.max(end, t.end());
                continue;
            }
            if (start >= 0) {
                runs.add(new Span(start, end));
            }
            start = t.start();
            end = t.end();
        }
        if (start >= 0) {
            runs.add(new Span(start, end));
        }
        return runs;
    }
}
