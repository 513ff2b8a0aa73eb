/**
 * Line parsers of the gold formats, field checks and the small arithmetic and naming helpers the scorers
 * share. Not a public API.
 */
package org.sitrep.eval.internal;
