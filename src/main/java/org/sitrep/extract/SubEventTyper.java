package org.sitrep.extract;

import java.util.List;
import org.sitrep.text.Token;

/**
 * Sub-event typing: decides which of the 25 sub-event types a sentence reports, from its tokens and the cues
 * {@link EventDetector} found in it. Implementations are immutable and thread-safe.
 */
public interface SubEventTyper {
    /**
     * @param tokens the sentence's tokens
     * @param cues   the cues found in it
     * @return at most one trigger per {@link Trigger.Group}, anchored at the cue that decided it; empty when
     *         the sentence reports no event
     */
    List<Trigger> type(List<Token> tokens, List<CueMatch> cues);
}
