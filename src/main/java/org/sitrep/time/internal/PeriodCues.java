package org.sitrep.time.internal;

import java.util.regex.Pattern;

/**
 * Recognises the start of a period ("since October", "from 21 March", "since fall 2019",
 * "since 2009", "since the beginning of 2020"), which dates a running total rather than one event.
 */
public final class PeriodCues {
    private static final String CUE = "\\b(?i:ever\\s+since|since|from|starting(?:\\s+(?:in|on|from))?"
            + "|beginning(?:\\s+(?:in|on))?|between)\\s+";
    /** How far back from a date its cue may start. */
    private static final int CUE_REACH = 30;
    private static final Pattern CUE_BEFORE = Pattern.compile(CUE + "(?:the\\s+)?$");
    private static final Pattern CUE_AND_YEAR = Pattern.compile(CUE + "(?:the\\s+)?"
            + "(?:(?i:beginning|start|end|middle)\\s+of\\s+)?(?:(?i:early|late|mid)[-\\s]+)?"
            + "(?:(?i:spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?)?(?:19|20)\\d\\d\\b");

    private PeriodCues() {
    }

    /**
     * @param text  the text
     * @param start where a date expression starts in it
     * @return true when a period cue stands right before the expression
     */
    public static boolean precedes(String text, int start) {
        return CUE_BEFORE.matcher(text.substring(Math.max(0, start - CUE_REACH), start)).find();
    }

    /**
     * @param text the text
     * @param from start of the range to search
     * @param to   end of the range to search
     * @return true when the range has a cue followed by a year, with or without a season
     */
    public static boolean startsWithYear(String text, int from, int to) {
        return CUE_AND_YEAR.matcher(text).region(from, to).find();
    }
}
