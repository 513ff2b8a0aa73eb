/**
 * Cross-document deduplication, shared by the store and the Spark job: the identity of an article text for
 * exact and near-duplicate detection ({@link org.sitrep.dedup.Fingerprint}), and the two stages that make one
 * event of several reports, {@link org.sitrep.dedup.EventMatcher} (is this report a known event?) and
 * {@link org.sitrep.dedup.EventFusion} (one event from its reports), with the values they pass
 * ({@link org.sitrep.dedup.Candidate}, {@link org.sitrep.dedup.Verdict}, {@link org.sitrep.dedup.Fused}) and
 * the date and distance arithmetic candidate lookups share ({@link org.sitrep.dedup.DayRange},
 * {@link org.sitrep.dedup.Distance}). {@link org.sitrep.dedup.DedupConfig} holds the tolerances and names the
 * implementations, which {@link org.sitrep.dedup.DedupStages} creates. It owns no storage: where candidates
 * come from is the caller's business.
 */
package org.sitrep.dedup;
