/**
 * The seam every reading step sits behind: a stage is a small interface (event detection, sub-event typing,
 * factuality, roles, casualties, weapon, dates, toponyms, merging, matching, fusion) whose implementation the
 * configuration names. {@link org.sitrep.stage.Stages} turns a name into an implementation, either a
 * built-in one such as the rules or any class on the classpath, so that a rule set and a learned model are
 * two implementations of one stage, measured side by side.
 */
package org.sitrep.stage;
