package org.sitrep.extract.actor;

import java.util.Optional;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;

/**
 * The actor-naming stage: turns an actor phrase into an ACLED-style actor name and type, and a group phrase of a
 * claim or accusation into a group name. A phrase is read from the annotated document where the caller has its
 * span, or from a string where it has only that (a canonical name, a phrase of its own making).
 * {@link ActorNormalizer} is the first implementation. Implementations are thread-safe.
 */
public interface ActorNamer {
    /**
     * @param sentence       the document sentence holding the phrase
     * @param phrase         the phrase's span, on token boundaries, in the cleaned article text
     * @param text           the cleaned article text
     * @param countryContext English short name of the event country, e.g. {@code Iraq}, or null when unknown
     * @return the actor, or empty when the phrase names no actor ("the attack", "the embassy")
     */
    Optional<Actor> normalize(Sentence sentence, Span phrase, String text, String countryContext);

    /**
     * @param phrase         an actor phrase as written, e.g. {@code two Afghan soldiers} or {@code Daesh militants}
     * @param countryContext English short name of the event country, or null when unknown
     * @return the actor, or empty when the phrase names no actor
     */
    Optional<Actor> normalize(String phrase, String countryContext);

    /**
     * Names the group in a claim or accusation ("claimed by Daesh", "blamed on Iran-backed militias").
     *
     * @param sentence the document sentence holding the phrase
     * @param phrase   the phrase's span, on token boundaries, in the cleaned article text
     * @param text     the cleaned article text
     * @return the canonical name of a known group without a country ({@code Islamic State}); otherwise the phrase
     *         cleaned of articles and hedges when it is a qualified group noun ({@code Iran-backed militias}) or a
     *         country name; empty for anything else, including bare nouns such as "the militants"
     */
    Optional<String> normalizeGroupName(Sentence sentence, Span phrase, String text);

    /**
     * Like {@link #normalizeGroupName(Sentence, Span, String)} for a phrase given as a string.
     *
     * @param phrase a group phrase as written
     * @return the group name, or empty
     */
    Optional<String> normalizeGroupName(String phrase);
}
