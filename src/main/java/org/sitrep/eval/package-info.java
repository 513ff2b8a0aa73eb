/**
 * Scoring against gold files, with the rules of the Event format: gold readers for articles with events,
 * labelled snippets and geoparsing corpora; event matching and per-field scores; snippet accuracy and F1;
 * geocoding accuracy within 161 and 25 km. Used by {@code sitrep eval} and {@code sitrep eval-geo}.
 */
package org.sitrep.eval;
