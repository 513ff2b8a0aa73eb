/**
 * The rule implementations of the extraction stages (cue detection, sub-event rules, factuality, roles and
 * attribution, weapon, in-document merging), the per-sentence {@code MentionReader} that runs them, and the
 * assembly of merged mentions into an event with its evidence and summary. Created only through
 * {@link org.sitrep.extract.Readers} and {@link org.sitrep.extract.EventExtractor}; not a public API.
 */
package org.sitrep.extract.internal;
