/**
 * Event dates from news text. {@link org.sitrep.time.EventDater} is the dating stage: the date the
 * annotated document's sentence gives for the event whose trigger it holds, and whether a date starts a
 * period instead. {@link org.sitrep.time.DateResolver} is its rule-based implementation: it finds date
 * expressions and resolves them against the publication day, with a past bias because news reports what
 * already happened, reading its words from the {@code time-*} resources of a
 * {@link org.sitrep.lang.Language} bundle. Also owned here: the values a date comes as
 * ({@link org.sitrep.time.DateMention}, {@link org.sitrep.time.TimePrecision}), the resolver's settings and
 * the reading of ISO publication dates.
 */
package org.sitrep.time;
