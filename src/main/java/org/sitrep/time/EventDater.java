package org.sitrep.time;

import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;

/**
 * The dating stage: which date a sentence gives for the event whose trigger it holds, and whether a date
 * starts a period rather than dating one event. It reads the sentences of the annotated document, so the
 * sentence a date is taken from is the one the event was read from. {@link DateResolver} is the rule-based
 * implementation; implementations must be thread-safe.
 */
public interface EventDater {
    /**
     * Finds the date of the event named at {@code trigger}, looking only inside its sentence.
     *
     * @param text      the cleaned article text all offsets point into
     * @param sentence  the document's sentence that holds the trigger
     * @param trigger   the event trigger's span in {@code text}, inside the sentence
     * @param published the publication day, or null: then only dates that carry their year are found
     * @return the event's date, offsets into {@code text}, never a period start; empty when the sentence
     *         gives none
     * @throws NullPointerException      if text, sentence or trigger is null
     * @throws IndexOutOfBoundsException if the sentence is not inside the text or the trigger not inside the
     *                                   sentence
     */
    Optional<DateMention> resolveNear(String text, Sentence sentence, Span trigger, LocalDate published);

    /**
     * Tells a period start ("since October", "from 21 March") from an event date, looking only inside the
     * mention's sentence. A count given for such a period is an aggregate, not one event.
     *
     * @param text     the cleaned article text
     * @param sentence the sentence the mention was found in
     * @param mention  a date in that sentence, offsets into {@code text}
     * @return true when the mention opens a period
     * @throws NullPointerException      if an argument is null
     * @throws IndexOutOfBoundsException if the mention is not inside the sentence
     */
    boolean isPeriodStart(String text, Sentence sentence, DateMention mention);
}
