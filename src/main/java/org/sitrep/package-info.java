/**
 * The composition root. {@link org.sitrep.Sitrep} builds the whole pipeline once from a
 * {@link org.sitrep.SitrepConfig} (the CoreNLP set-up, the language bundle, and which implementation each
 * reading stage uses) and hands the parts to whoever needs them: the commands, the server and the Spark
 * job take their annotator, readers, gazetteer and geocoder from it, never build their own.
 */
package org.sitrep;
