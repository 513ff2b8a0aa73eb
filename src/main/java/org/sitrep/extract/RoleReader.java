package org.sitrep.extract;

import java.util.List;
import java.util.Optional;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;

/**
 * Roles: who did it and to whom, and who claimed or was blamed for it, read from a parsed sentence. The
 * readers return token heads and spans; naming the actors is the actor normaliser's job. Implementations are
 * immutable and thread-safe.
 */
public interface RoleReader {
    /**
     * Candidate heads, best first, for each role.
     *
     * @param agents   indices of the head tokens of possible doers (actor1)
     * @param patients indices of the head tokens of possible targets (actor2)
     */
    record Roles(List<Integer> agents, List<Integer> patients) {
        /** Copies the lists so the record stays immutable. */
        public Roles {
            agents = List.copyOf(agents);
            patients = List.copyOf(patients);
        }
    }

    /**
     * @param sentence a parsed sentence
     * @param trigger  a trigger of it
     * @return candidate heads for actor1 and actor2
     */
    Roles roles(Sentence sentence, Trigger trigger);

    /**
     * @param sentence a parsed sentence
     * @return the span naming who claimed the sentence's attack, if it says so
     */
    Optional<Span> claimant(Sentence sentence);

    /**
     * @param sentence a parsed sentence
     * @return the span naming who is blamed or accused for it, if the sentence says so
     */
    Optional<Span> blamed(Sentence sentence);
}
