package org.sitrep.extract.casualty.internal;

/**
 * A number phrase found in a sentence.
 *
 * @param value      its value
 * @param first      index of its first token
 * @param last       index one past its last token
 * @param start      character offset of its start
 * @param end        character offset of its end
 * @param lowerBound true when it states a minimum
 */
public record Quantity(int value, int first, int last, int start, int end, boolean lowerBound) {
}
