package org.sitrep.extract;

import org.sitrep.extract.SubEventType;

/**
 * A sub-event type decided for one sentence, anchored at the cue that decided it.
 *
 * @param type     the sub-event type
 * @param group    which family of cues decided it; one sentence yields at most one trigger per group
 * @param first    index of the anchor's first token
 * @param last     index of the anchor's last token (inclusive)
 * @param specific true when a specific cue decided the type ("rockets", "ceasefire"); false for generic
 *                 words ("attack", "explosion", "killed") whose type is a guess that a specific mention of
 *                 the same event overrides
 */
public record Trigger(SubEventType type, Group group, int first, int last, boolean specific) {

    /** Cue families that yield separate events when they share a sentence. */
    public enum Group {
        /** Battles, explosions, violence against civilians. */
        VIOLENCE,
        /** Protests and riots. */
        DEMONSTRATION,
        /** Strategic developments. */
        STRATEGIC
    }
}
