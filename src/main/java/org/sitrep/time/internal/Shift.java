package org.sitrep.time.internal;

import java.util.Locale;

/**
 * The word in front of a weekday or month that says which occurrence is meant.
 */
public enum Shift {
    /** No such word ("Sunday", "in October"): the configured tense bias decides. */
    BIAS,
    /** "last Sunday", "last October": strictly before the publication day or month. */
    LAST,
    /** "this October": in the publication year; for weekdays the same as {@link #BIAS}. */
    THIS,
    /** "next Sunday": strictly after the publication day or month. */
    NEXT;

    /**
     * @param modifier the word in front, may be null; "past" counts as "last", words like "early"
     *                 or "late" say nothing about the occurrence
     * @return the shift it asks for
     */
    public static Shift of(String modifier) {
        if (modifier == null) {
            return BIAS;
        }
        return switch (modifier.trim().toLowerCase(Locale.ROOT)) {
            case "last", "past" -> LAST;
            case "this" -> THIS;
            case "next" -> NEXT;
            default -> BIAS;
        };
    }
}
