package org.sitrep.extract;

import org.sitrep.extract.actor.Actor;
import org.sitrep.geo.PlaceMention;
import org.sitrep.text.Span;
import org.sitrep.time.DateMention;

/**
 * One sentence's report of an event, with whatever that sentence says about it. Several mentions of one
 * event are merged into one event. Offsets are into the cleaned article text; any field may be null.
 *
 * @param sentence    index of the sentence
 * @param trigger     the decided type and its anchor
 * @param factuality  how the sentence presents it
 * @param triggerSpan the anchor's span
 * @param date        the date the sentence gives for it
 * @param place       where the sentence puts it
 * @param actor1      who did it
 * @param actor2      to whom
 * @param blamedOn    who the sentence blames
 * @param claimedBy   who claimed it
 * @param killed      people killed
 * @param wounded     people wounded
 * @param weapon      weapon family
 */
public record Mention(int sentence, Trigger trigger, Factuality factuality, Span triggerSpan, DateMention date,
                      PlaceMention place, Found<Actor> actor1, Found<Actor> actor2, Found<String> blamedOn,
                      Found<String> claimedBy, Found<Integer> killed, Found<Integer> wounded,
                      Found<String> weapon) {

    /** @return true when this mention may start an event on its own, not only add to one */
    public boolean canFound() {
        if (factuality == Factuality.BACKGROUND && date != null) {
            return true;
        }
        if (factuality != Factuality.ASSERTED) {
            return false;
        }
        return trigger.specific() || date != null || killed != null && killed.value() > 0
                || wounded != null && wounded.value() > 0;
    }
}
