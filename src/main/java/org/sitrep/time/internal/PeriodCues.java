package org.sitrep.time.internal;

import java.util.regex.Pattern;
import org.sitrep.lang.Language;

/**
 * Recognises the start of a period ("since October", "from 21 March", "since fall 2019",
 * "since 2009", "since the beginning of 2020"), which dates a running total rather than one event.
 * The cues, parts of a year and seasons come from the bundle's {@code time-period-cues},
 * {@code time-determiners}, {@code time-period-part-words}, {@code time-joining-words},
 * {@code time-month-part-words} and {@code time-seasons}. Immutable.
 */
public final class PeriodCues {
    /** How far back from a date its cue may start. */
    private static final int CUE_REACH = 30;

    private final Pattern cueBefore;
    private final Pattern cueAndYear;

    /**
     * @param language the bundle to read the cues from
     * @throws org.sitrep.lang.LanguageException if a resource is missing or malformed
     */
    public PeriodCues(Language language) {
        String cue = "\\b(?i:" + Words.anyOf(Words.list(language, "time-period-cues")) + ")\\s+";
        String determiner = "(?:" + Words.anyOf(Words.list(language, "time-determiners")) + "\\s+)?";
        String of = Words.anyOf(Words.list(language, "time-joining-words"));
        cueBefore = Pattern.compile(cue + determiner + "$");
        cueAndYear = Pattern.compile(cue + determiner
                + "(?:(?i:" + Words.anyOf(Words.list(language, "time-period-part-words")) + ")\\s+" + of + "\\s+)?"
                + "(?:(?i:" + Words.anyOf(Words.list(language, "time-month-part-words")) + ")[-\\s]+)?"
                + "(?:(?i:" + Words.anyOf(Words.list(language, "time-seasons")) + ")\\s+(?:" + of + "\\s+)?)?"
                + "(?:19|20)\\d\\d\\b");
    }

    /**
     * @param text  the text
     * @param start where a date expression starts in it
     * @return true when a period cue stands right before the expression
     */
    public boolean precedes(String text, int start) {
        return cueBefore.matcher(text.substring(Math.max(0, start - CUE_REACH), start)).find();
    }

    /**
     * @param text the text
     * @param from start of the range to search
     * @param to   end of the range to search
     * @return true when the range has a cue followed by a year, with or without a season
     */
    public boolean startsWithYear(String text, int from, int to) {
        return cueAndYear.matcher(text).region(from, to).find();
    }
}
