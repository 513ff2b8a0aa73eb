package org.sitrep.spark;

import java.util.Objects;
import org.sitrep.spark.internal.Blocks;
import org.sitrep.dedup.DedupConfig;

/**
 * How the Spark job reads, splits and deduplicates.
 *
 * @param format            how the input is written (default {@link InputFormat#AUTO})
 * @param dedup             the store's rules for one real-world event (default {@link DedupConfig#DEFAULT})
 * @param cellDegrees       side of the geographic blocking cell, degrees (default
 *                          {@value org.sitrep.spark.internal.Blocks#DEFAULT_CELL_DEGREES}); must exceed twice the
 *                          distance limit for a box to touch at most four cells, but any positive value is correct
 * @param bucketDays        length of the date blocking bucket, days (default
 *                          {@value org.sitrep.spark.internal.Blocks#DEFAULT_BUCKET_DAYS})
 * @param partitionsPerCore extraction partitions per core of the cluster (default
 *                          {@value #DEFAULT_PARTITIONS_PER_CORE}): more evens out slow articles, fewer saves overhead
 */
public record JobConfig(InputFormat format, DedupConfig dedup, double cellDegrees, int bucketDays,
                        int partitionsPerCore) {
    /** Four partitions per core: a slow partition then delays the stage by a quarter of a core's share. */
    public static final int DEFAULT_PARTITIONS_PER_CORE = 4;
    /** The defaults above. */
    public static final JobConfig DEFAULT = new JobConfig(InputFormat.AUTO, DedupConfig.DEFAULT,
            Blocks.DEFAULT_CELL_DEGREES, Blocks.DEFAULT_BUCKET_DAYS, DEFAULT_PARTITIONS_PER_CORE);

    /** @throws IllegalArgumentException if a size is not positive */
    public JobConfig {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(dedup, "dedup");
        if (!(cellDegrees > 0) || bucketDays < 1 || partitionsPerCore < 1) {
            throw new IllegalArgumentException("bad job config: cell " + cellDegrees + " degrees, bucket "
                    + bucketDays + " days, " + partitionsPerCore + " partitions per core");
        }
    }

    /**
     * @param f another input format
     * @return this configuration reading that format
     */
    public JobConfig withFormat(InputFormat f) {
        return new JobConfig(f, dedup, cellDegrees, bucketDays, partitionsPerCore);
    }
}
