package org.sitrep.text;

/**
 * A typed Universal Dependencies edge between two tokens of one sentence.
 *
 * @param governor  index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  the UD relation, e.g. {@code nsubj}, {@code nsubj:pass}, {@code obl:agent}, {@code obj}
 */
public record Dependency(int governor, int dependent, String relation) {
}
