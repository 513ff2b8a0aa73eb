/**
 * Fitting the learned readers on gold files: gold articles are read, turned into labelled sentence examples,
 * fitted, and checked on files not used for fitting. {@code sitrep train} is the command-line face.
 */
package org.sitrep.train;
