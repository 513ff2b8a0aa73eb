package org.sitrep.time.internal;

/**
 * Which occurrence of a weekday or month the word in front of it asks for; the bundle's
 * {@code time-occurrence-words} says which word asks for which.
 */
public enum Shift {
    /** No such word ("Sunday", "in October"), or one that says nothing ("late"): the configured tense bias decides. */
    BIAS,
    /** "last Sunday", "last October": strictly before the publication day or month. */
    LAST,
    /** "this October": in the publication year; for weekdays the same as {@link #BIAS}. */
    THIS,
    /** "next Sunday": strictly after the publication day or month. */
    NEXT
}
