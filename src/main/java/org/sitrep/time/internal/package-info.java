/**
 * The pieces behind {@link org.sitrep.time.DateResolver}: one {@link org.sitrep.time.internal.Rule} per
 * kind of expression, built from the bundle's calendar words ({@link org.sitrep.time.internal.Names}) and
 * relative-date words; calendar arithmetic in {@link org.sitrep.time.internal.Anchor}; period cues; and the
 * clause heuristics that attach a date to an event within its sentence. Used by {@code org.sitrep.time}
 * only; not a public API.
 */
package org.sitrep.time.internal;
