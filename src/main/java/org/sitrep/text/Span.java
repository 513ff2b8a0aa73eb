package org.sitrep.text;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A half-open character range {@code [start, end)} in a cleaned article text; written as {@code [start, end]}.
 *
 * @param start offset of the first character
 * @param end   offset one past the last character
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Span(int start, int end) {
    /** @throws IllegalArgumentException if start is negative or end is before start */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /**
     * @param other another span
     * @return true when the two share at least one character
     */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
