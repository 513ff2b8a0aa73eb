/**
 * The rules behind {@link org.sitrep.extract.casualty.RuleCasualtyReader}: the reader's word view of a document
 * sentence ({@code Token}), its vocabulary from the language bundle ({@code Lexicon}), number phrases
 * ({@code NumberReader}), casualty words ({@code OutcomeWords}), the counts that belong to them
 * ({@code CountFinder}, {@code OutcomeScanner}) and statements that nobody was hurt ({@code ZeroScanner}). Used only
 * by {@code org.sitrep.extract.casualty}.
 */
package org.sitrep.extract.casualty.internal;
