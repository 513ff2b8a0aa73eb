package org.sitrep.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date expression found in text and resolved to a calendar date.
 *
 * @param start     offset of the first character of the expression in the text
 * @param end       offset one past the last character
 * @param date      the resolved day; for {@link TimePrecision#WEEK} or {@link TimePrecision#MONTH}
 *                  a day inside that week or month
 * @param precision how precisely the text fixes the date
 * @param relative  true when the date was resolved against the publication date
 *                  ("Sunday", "last week") rather than given outright ("21 March 2020")
 */
public record DateMention(int start, int end, LocalDate date, TimePrecision precision, boolean relative) {
    /** @throws IllegalArgumentException if the span is empty or reversed */
    public DateMention {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
