/**
 * The stages behind {@link org.sitrep.spark.ExtractJob}: the records that travel between Spark stages as JSON,
 * the blocking keys, the in-memory merge of a block, union-find on the driver, and the one pipeline per
 * executor JVM. Not a public API.
 */
package org.sitrep.spark.internal;
