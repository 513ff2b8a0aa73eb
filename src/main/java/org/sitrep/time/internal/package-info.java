/**
 * The pieces behind {@link org.sitrep.time.DateResolver}: one {@link org.sitrep.time.internal.Rule}
 * per kind of expression, calendar arithmetic in {@link org.sitrep.time.internal.Anchor}, and the
 * sentence and clause heuristics that attach a date to an event. Not a public API.
 */
package org.sitrep.time.internal;
