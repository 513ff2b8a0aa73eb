package org.sitrep.time.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.time.DateMention;

/**
 * Picks the date expression that belongs to an event trigger within its sentence.
 *
 * <p>The rule: a date is <em>attached</em> to the trigger when the words between them hold no
 * clause break (punctuation such as a comma or a dash, a conjunction, a relative pronoun or a
 * reporting verb like "said"); "attacked a checkpoint on Sunday" is attached, "attacked a
 * checkpoint, two days after a bombing on Friday" is not. A date that opens the sentence and is
 * followed by a comma ("On Sunday, gunmen attacked") is attached to the clause after the comma.
 * The closest attached date wins, a following one on a tie; when none is attached, the closest
 * date of the sentence. Distances are in characters between the two spans. Period starts
 * ("since October") never describe a single event and are never picked.
 */
public final class Attachment {
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]\u2013\u2014]|\\s-\\s|\\b(?i:and|but|or"
            + "|while|after|before|when|whereas|although|because|following|since|until|as|that|which|who|where"
            + "|said|says|told|added|according)\\b");
    /** At most two words ("On", "Late on") in front of a date that opens a sentence. */
    private static final Pattern SENTENCE_OPENING = Pattern.compile("\\W*(?:\\w+\\s+){0,2}");
    private static final Pattern LEADING_COMMA = Pattern.compile("^\\s*,");

    private Attachment() {
    }

    /**
     * @param text         the text
     * @param sentence     {start, end} of the trigger's sentence, from {@link Sentences#around}
     * @param mentions     the date expressions of that sentence, period starts already removed
     * @param triggerStart start of the event trigger
     * @param triggerEnd   end of the event trigger
     * @return the date of the event, if the sentence has one
     */
    public static Optional<DateMention> choose(String text, int[] sentence, List<DateMention> mentions,
                                               int triggerStart, int triggerEnd) {
        Comparator<DateMention> closest = Comparator
                .<DateMention>comparingInt(m -> distance(m, triggerStart, triggerEnd))
                .thenComparing(m -> m.start() < triggerStart);
        Optional<DateMention> attached = mentions.stream()
                .filter(m -> isAttached(text, sentence[0], m, triggerStart, triggerEnd))
                .min(closest);
        return attached.isPresent() ? attached : mentions.stream().min(closest);
    }

    private static int distance(DateMention m, int triggerStart, int triggerEnd) {
        return Math.max(0, Math.max(m.start() - triggerEnd, triggerStart - m.end()));
    }

    private static boolean isAttached(String text, int sentenceStart, DateMention m, int triggerStart,
                                      int triggerEnd) {
        if (m.start() >= triggerEnd) {
            return !CLAUSE_BREAK.matcher(text.substring(triggerEnd, m.start())).find();
        }
        if (m.end() > triggerStart) {
            return true;
        }
        String between = text.substring(m.end(), triggerStart);
        if (!CLAUSE_BREAK.matcher(between).find()) {
            return true;
        }
        boolean opensSentence = SENTENCE_OPENING.matcher(text.substring(sentenceStart, m.start())).matches();
        return opensSentence && LEADING_COMMA.matcher(between).find()
                && !CLAUSE_BREAK.matcher(LEADING_COMMA.matcher(between).replaceFirst("")).find();
    }
}
