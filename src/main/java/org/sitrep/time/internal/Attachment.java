package org.sitrep.time.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.lang.Language;
import org.sitrep.time.DateMention;

/**
 * Picks the date expression that belongs to an event trigger within its sentence.
 *
 * <p>The rule: a date is <em>attached</em> to the trigger when the words between them hold no
 * clause break (punctuation such as a comma or a dash, or a word of the bundle's
 * {@code time-clause-break-words}: a conjunction, a relative pronoun or a reporting verb like "said");
 * "attacked a checkpoint on Sunday" is attached, "attacked a checkpoint, two days after a bombing on
 * Friday" is not. A date that opens the sentence and is followed by a comma ("On Sunday, gunmen
 * attacked") is attached to the clause after the comma. The closest attached date wins, a following one
 * on a tie; when none is attached, the closest date of the sentence. Distances are in characters between
 * the two spans. Period starts ("since October") never describe a single event and are never picked.
 * Immutable.
 */
public final class Attachment {
    /** At most two words ("On", "Late on") in front of a date that opens a sentence. */
    private static final Pattern SENTENCE_OPENING = Pattern.compile("\\W*(?:\\w+\\s+){0,2}");
    private static final Pattern LEADING_COMMA = Pattern.compile("^\\s*,");

    private final Pattern clauseBreak;

    /**
     * @param language the bundle to read the clause-break words from
     * @throws org.sitrep.lang.LanguageException if the resource is missing or empty
     */
    public Attachment(Language language) {
        clauseBreak = Pattern.compile("[,;:()\\[\\]\u2013\u2014]|\\s-\\s|\\b(?i:"
                + Words.anyOf(Words.list(language, "time-clause-break-words")) + ")\\b");
    }

    /**
     * @param sentence     the trigger's sentence; all offsets point into it
     * @param mentions     the date expressions of that sentence, period starts already removed
     * @param triggerStart start of the event trigger
     * @param triggerEnd   end of the event trigger
     * @return the date of the event, if the sentence has one
     */
    public Optional<DateMention> choose(String sentence, List<DateMention> mentions, int triggerStart,
                                        int triggerEnd) {
        Comparator<DateMention> closest = Comparator
                .<DateMention>comparingInt(m -> distance(m, triggerStart, triggerEnd))
                .thenComparing(m -> m.start() < triggerStart);
        Optional<DateMention> attached = mentions.stream()
                .filter(m -> isAttached(sentence, m, triggerStart, triggerEnd))
                .min(closest);
        return attached.isPresent() ? attached : mentions.stream().min(closest);
    }

    private static int distance(DateMention m, int triggerStart, int triggerEnd) {
        return Math.max(0, Math.max(m.start() - triggerEnd, triggerStart - m.end()));
    }

    private boolean isAttached(String sentence, DateMention m, int triggerStart, int triggerEnd) {
        if (m.start() >= triggerEnd) {
            return !clauseBreak.matcher(sentence.substring(triggerEnd, m.start())).find();
        }
        if (m.end() > triggerStart) {
            return true;
        }
        String between = sentence.substring(m.end(), triggerStart);
        if (!clauseBreak.matcher(between).find()) {
            return true;
        }
        boolean opensSentence = SENTENCE_OPENING.matcher(sentence.substring(0, m.start())).matches();
        return opensSentence && LEADING_COMMA.matcher(between).find()
                && !clauseBreak.matcher(LEADING_COMMA.matcher(between).replaceFirst("")).find();
    }
}
