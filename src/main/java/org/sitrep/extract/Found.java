package org.sitrep.extract;

import java.util.Objects;
import org.sitrep.text.Span;

/**
 * A value read from the text, with the span that supports it.
 *
 * @param value the value
 * @param span  where the text says it
 * @param <T>   the value's type
 */
public record Found<T>(T value, Span span) {
    /** @throws NullPointerException if value or span is null */
    public Found {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }
}
