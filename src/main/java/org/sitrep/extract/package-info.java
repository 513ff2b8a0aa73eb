/**
 * Event extraction: the {@link org.sitrep.extract.Event} record and its vocabulary, and the reading stages
 * that fill it from an annotated article. Each stage is a small interface
 * ({@link org.sitrep.extract.EventDetector}, {@link org.sitrep.extract.SubEventTyper},
 * {@link org.sitrep.extract.FactualityReader}, {@link org.sitrep.extract.RoleReader},
 * {@link org.sitrep.extract.WeaponReader}, {@link org.sitrep.extract.MentionMerger}; casualties, actors and
 * dates have theirs in their own packages), built by {@link org.sitrep.extract.Readers} from the names in
 * {@link org.sitrep.extract.ExtractConfig}, and {@link org.sitrep.extract.EventExtractor} runs them in turn:
 * sentences &rarr; cues &rarr; triggers &rarr; mentions &rarr; events. The values passed between stages
 * ({@link org.sitrep.extract.CueMatch}, {@link org.sitrep.extract.Trigger},
 * {@link org.sitrep.extract.Mention}, {@link org.sitrep.extract.Found}) are immutable records.
 */
package org.sitrep.extract;
