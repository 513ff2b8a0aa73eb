package org.sitrep.eval;

import java.nio.file.Path;

/**
 * The scores of one gold file. A file can hold both kinds of gold; each kind present is scored separately.
 *
 * @param goldFile the gold file, or null when the articles did not come from a file
 * @param events   event scores, or null when no article has event gold
 * @param snippets snippet scores, or null when no article has a label
 */
public record EvalResult(Path goldFile, EventScore events, SnippetScore snippets) {
}
