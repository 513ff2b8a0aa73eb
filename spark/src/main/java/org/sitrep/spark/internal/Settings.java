package org.sitrep.spark.internal;

import java.io.Serializable;
import org.sitrep.spark.JobConfig;
import org.sitrep.dedup.DedupConfig;

/**
 * The dedup part of a job's configuration as plain numbers, which is what Spark ships to executors with the
 * job's functions (the core's records are not {@link Serializable}, on purpose).
 *
 * @param maxDistanceKm   see {@link DedupConfig#maxDistanceKm()}
 * @param dayTolerance    see {@link DedupConfig#dayTolerance()}
 * @param minSimilarity   see {@link DedupConfig#minSimilarity()}
 * @param minShingleWords see {@link DedupConfig#minShingleWords()}
 * @param matcher         see {@link DedupConfig#matcher()}
 * @param fusion          see {@link DedupConfig#fusion()}
 * @param cellDegrees     see {@link JobConfig#cellDegrees()}
 * @param bucketDays      see {@link JobConfig#bucketDays()}
 */
public record Settings(double maxDistanceKm, int dayTolerance, double minSimilarity, int minShingleWords,
                       String matcher, String fusion, double cellDegrees, int bucketDays) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * @param config a job configuration
     * @return its dedup settings
     */
    public static Settings of(JobConfig config) {
        DedupConfig d = config.dedup();
        return new Settings(d.maxDistanceKm(), d.dayTolerance(), d.minSimilarity(), d.minShingleWords(), d.matcher(),
                d.fusion(), config.cellDegrees(), config.bucketDays());
    }

    /** @return the store's rules */
    public DedupConfig rules() {
        return new DedupConfig(maxDistanceKm, dayTolerance, minSimilarity, minShingleWords, matcher, fusion);
    }

    /** @return the blocking keys */
    public Blocks blocks() {
        return new Blocks(rules(), cellDegrees, bucketDays);
    }
}
