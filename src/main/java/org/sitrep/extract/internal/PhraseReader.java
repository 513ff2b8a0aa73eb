package org.sitrep.extract.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.sitrep.text.Dependency;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;

/**
 * Reads the noun phrase headed by a token: the head with its determiners, modifiers, compounds, possessors
 * and "of" complements, but not its relative clauses, appositions or conjuncts (which name other things).
 */
public final class PhraseReader {
    private static final Set<String> KEPT = Set.of("det", "amod", "compound", "flat", "nummod", "nmod:poss",
            "case", "punct", "nmod:of", "advmod", "obl:npmod", "compound:prt", "det:predet", "nmod:'s", "nmod:from");

    private PhraseReader() {
    }

    /**
     * @param sentence a parsed sentence
     * @param head     index of the phrase's head token
     * @return the phrase's character span in the article text, trimmed of punctuation at its edges
     */
    public static Span span(Sentence sentence, int head) {
        int min = head;
        int max = head;
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(head);
        while (!todo.isEmpty()) {
            int current = todo.pop();
            for (Dependency d : sentence.children(current)) {
                if (KEPT.contains(d.relation()) && d.dependent() != head && Math.abs(d.dependent() - head) < 12) {
                    min = Math.min(min, d.dependent());
                    max = Math.max(max, d.dependent());
                    todo.push(d.dependent());
                }
            }
        }
        while (min < head && isEdgePunct(sentence, min)) {
            min++;
        }
        while (max > head && isEdgePunct(sentence, max)) {
            max--;
        }
        return new Span(sentence.tokens().get(min).start(), sentence.tokens().get(max).end());
    }

    private static boolean isEdgePunct(Sentence sentence, int index) {
        String pos = sentence.tokens().get(index).pos();
        return !Character.isLetterOrDigit(pos.charAt(0)) || pos.equals("IN") || pos.equals("POS");
    }
}
