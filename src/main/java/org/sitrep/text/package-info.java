/**
 * The core text model every reader works on: character {@link org.sitrep.text.Span}s, tokens with their
 * offsets, lemma, part of speech and entity tag, sentences with their dependency parse, and the
 * {@link org.sitrep.text.OffsetMap} from the cleaned text back to the text as read. The document is
 * annotated once, by {@code org.sitrep.nlp}; no reader tokenises or splits sentences again. This package
 * depends on nothing else of Sitrep.
 */
package org.sitrep.text;
