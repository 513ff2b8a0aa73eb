package org.sitrep.extract.actor.internal;

/**
 * A table phrase found in a phrase's words.
 *
 * @param from  index of the first word
 * @param to    index one past the last word
 * @param value what the table maps the phrase to
 * @param <T>   the table's value type
 */
public record Hit<T>(int from, int to, T value) {
    /** @return the number of words covered */
    public int length() {
        return to - from;
    }
}
