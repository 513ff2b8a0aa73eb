package org.sitrep.spark.internal;

import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;

/**
 * The one {@link Sitrep} of this JVM, loaded on first use.
 *
 * <p>Why a static holder: Spark ships a task's functions to an executor as serialised closures, afresh for every
 * task, and offers no hook that runs once per executor JVM. The models and the gazetteer take about 1 GB and
 * ten seconds to load, so they must outlive tasks and partitions; a class loaded once per JVM is the only
 * place that does. It holds no mutable state besides the lazily set reference, and {@link Sitrep} itself is
 * thread-safe, so the executor's task threads share it.
 */
public final class SitrepHolder {
    private static volatile Sitrep instance;
    private static volatile long loadMillis = -1;

    private SitrepHolder() {
    }

    /**
     * @return this JVM's pipeline, loading it on the first call (other callers wait for that load)
     * @throws org.sitrep.nlp.NlpException if the CoreNLP models cannot be loaded
     */
    public static Sitrep get() {
        Sitrep s = instance;
        if (s != null) {
            return s;
        }
        synchronized (SitrepHolder.class) {
            if (instance == null) {
                long start = System.nanoTime();
                instance = Sitrep.load(SitrepConfig.DEFAULT);
                loadMillis = (System.nanoTime() - start) / 1_000_000;
            }
            return instance;
        }
    }

    /** @return how long the load took in this JVM, ms; -1 before it happened */
    public static long loadMillis() {
        return loadMillis;
    }
}
