/**
 * Annotation: {@link org.sitrep.nlp.NlpPipeline} runs Stanford CoreNLP once per article and makes the
 * {@link org.sitrep.nlp.AnnotatedArticle}, the one document every reader reads: its sentences (the only
 * sentence split), tokens, tags, lemmas, and for the sentences a {@link org.sitrep.nlp.DeepSelector} picks,
 * named entities and a dependency parse, in the text model of {@code org.sitrep.text}. Owned here: the
 * pipeline's settings and failures.
 */
package org.sitrep.nlp;
