/**
 * {@code sitrep-spark}: the extractor as an Apache Spark job ({@link org.sitrep.spark.ExtractJob}) with
 * batch-wide deduplication by the same {@link org.sitrep.dedup} stages the store uses, its configuration and
 * command line, and the generator of the synthetic benchmark corpus.
 */
package org.sitrep.spark;
