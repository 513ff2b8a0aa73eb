package org.sitrep.extract.casualty;

/**
 * A number of people as stated in a sentence.
 *
 * @param value      the number; for vague words the conventional figure ("dozens" 12, "hundreds" 100)
 * @param start      offset of the number phrase's first character in the sentence, modifiers included
 *                   ("at least 10"); for "a/an" the phrase runs to the person noun ("an Iraqi soldier")
 * @param end        offset one past its last character
 * @param lowerBound true when the text gives only a minimum ("at least", "more than", "dozens")
 */
public record Count(int value, int start, int end, boolean lowerBound) {
    /** @throws IllegalArgumentException if the value is negative or the span is not a range */
    public Count {
        if (value < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + value);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad count span [" + start + ", " + end + ")");
        }
    }
}
