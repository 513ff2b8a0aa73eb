package org.sitrep.cli.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value created on first use, once, by whichever thread asks first. Commands use it for the models,
 * so that a batch with nothing readable fails fast without loading them.
 *
 * @param <T> the value's type
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;

    /** @param factory creates the value; called at most once */
    public Lazy(Supplier<T> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(factory.get(), "factory returned null");
                    value = v;
                }
            }
        }
        return v;
    }
}
