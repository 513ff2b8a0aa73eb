/**
 * The CoreNLP glue behind {@link org.sitrep.nlp.NlpPipeline}: mending sentence breaks cleaning left inside a
 * sentence, converting CoreNLP's annotations into the immutable text model, and a faster scoring loop for
 * CoreNLP's dependency parser. Used by {@code org.sitrep.nlp} only; not a public API.
 */
package org.sitrep.nlp.internal;
