package org.sitrep.spark;

/**
 * What one run of {@link ExtractJob} did.
 *
 * @param articles       articles read and extracted
 * @param failed         input lines or rows that held no usable article (each named on the executor's stderr)
 * @param duplicates     articles skipped as exact copies (same text or URL) of an earlier one
 * @param reports        events as the articles reported them
 * @param events         events after the batch-wide dedup: one per real-world event
 * @param storedArticles articles loaded into the store with {@code --jdbc}; 0 without
 * @param seconds        wall time of the job, s
 */
public record JobResult(long articles, long failed, long duplicates, long reports, long events, long storedArticles,
                        double seconds) {
    /** @return articles per second of wall time */
    public double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : 0;
    }
}
