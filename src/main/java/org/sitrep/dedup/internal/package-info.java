/**
 * Today's rules behind the dedup stages: {@link org.sitrep.dedup.internal.RuleEventMatcher} and
 * {@link org.sitrep.dedup.internal.RuleEventFusion}, created only by {@link org.sitrep.dedup.DedupStages}.
 * Not a public API.
 */
package org.sitrep.dedup.internal;
