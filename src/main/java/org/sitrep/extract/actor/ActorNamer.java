package org.sitrep.extract.actor;

import java.util.Optional;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;

/**
 * The actor-naming stage: turns an actor phrase into an ACLED-style actor name and type, and a group phrase of a
 * claim or accusation into a group name. A phrase is always read from the annotated document, by its span, so
 * that its words are the document's tokens; a side the text implies without naming it comes from
 * {@link #generic}. {@link ActorNormalizer} is the first implementation. Implementations are thread-safe.
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
     * The forces of a country named by a single word or name the caller has tied to an act of violence ("a
     * <b>US</b> raid", "<b>Israeli</b> strikes"): the text names no force, but it names the country as the doer.
     * A short code ({@code NC}, {@code Va.}) counts only when the bundle's own demonym table lists it, because
     * news abbreviates states and provinces the same way.
     *
     * @param sentence       the document sentence holding the word
     * @param country        the span of the country name or demonym, on token boundaries
     * @param text           the cleaned article text
     * @param countryContext English short name of the event country, or null when unknown
     * @return {@code Military Forces of <country>}, external (8) when it is not the event country; empty when the
     *         span names no country
     */
    Optional<Actor> forcesOf(Sentence sentence, Span country, String text, String countryContext);

    /**
     * The side an event's type implies, named as ACLED names it: {@code Protesters (Kenya)}.
     *
     * @param kind           which generic actor
     * @param countryContext English short name of the event country, or null when unknown
     * @param matchedText    the words that show the side (the phrase naming it, else the event's trigger)
     * @return the actor; without a country when none is known, whatever {@link ActorConfig#unknownCountry()}
     *         says, since the event itself shows the side exists
     */
    Actor generic(GenericActor kind, String countryContext, String matchedText);

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
}
