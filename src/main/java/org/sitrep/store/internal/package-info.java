/**
 * The SQL behind {@link org.sitrep.store.EventStore}: the back-end differences
 * ({@link org.sitrep.store.internal.Dialect}), retried transactions, the write path with its merge-candidate
 * lookup ({@link org.sitrep.store.internal.StoreWriter}), the read path, and the mapping of events, feed items,
 * tokens and revisions to rows. Not a public API.
 */
package org.sitrep.store.internal;
