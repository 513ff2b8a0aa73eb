package org.sitrep.extract.actor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.extract.actor.internal.CountryFinder;
import org.sitrep.extract.actor.internal.Core;
import org.sitrep.extract.actor.internal.GroupEntry;
import org.sitrep.extract.actor.internal.GroupMatcher;
import org.sitrep.extract.actor.internal.Hit;
import org.sitrep.extract.actor.internal.RoleKind;
import org.sitrep.extract.actor.internal.RoleMatcher;
import org.sitrep.extract.actor.internal.Word;

/**
 * Turns an actor phrase from a news sentence into an ACLED-style actor name and type.
 *
 * <p>Named groups win over generic nouns ("Taliban fighters" is {@code Taliban}). Generic nouns count only as the
 * head of the phrase ("police" in "the police checkpoint" does not), and take the country of a demonym in the phrase
 * ("Iraqi soldiers"), else the event country. State forces of another country than the event's are external
 * forces (8): {@code Military Forces of the United States}. Thread-safe after construction.
 */
public final class ActorNormalizer {
    private static final Set<String> LEADING_FILLERS = Set.of("the", "a", "an", "some", "several", "suspected",
            "alleged", "so", "called", "unnamed");
    private static final Set<String> GROUP_NOUNS = Set.of("militia", "militias", "militiamen", "group", "groups",
            "faction", "factions", "brigade", "brigades", "movement", "organization", "organisation", "network",
            "fighters", "rebels", "insurgents", "jihadists", "extremists", "militants", "terrorists", "cell", "cells",
            "gang", "gangs", "forces", "army", "proxies");

    private final ActorConfig config;
    private final GroupMatcher groups;
    private final RoleMatcher roles;
    private final CountryFinder countries;

    /**
     * @param config           where the tables come from
     * @param demonymToCountry from a demonym or country name as written ({@code Afghan}, {@code U.S.},
     *                         {@code United States}) to the English short country name; called with one to four words
     * @throws ActorTableException  if a table is missing or malformed
     * @throws NullPointerException if an argument is null
     */
    public ActorNormalizer(ActorConfig config, Function<String, Optional<String>> demonymToCountry) {
        this.config = Objects.requireNonNull(config, "config");
        this.countries = new CountryFinder(Objects.requireNonNull(demonymToCountry, "demonymToCountry"));
        this.groups = GroupMatcher.load(config.groupsResource());
        this.roles = RoleMatcher.load(config.rolesResource(), config.ethnicResource());
    }

    /**
     * The default tables with the built-in demonym table ({@link Demonyms#builtIn()}).
     *
     * @throws ActorTableException if a built-in table cannot be read
     */
    public ActorNormalizer() {
        this(ActorConfig.DEFAULT, Demonyms.builtIn());
    }

    /**
     * @param phrase         an actor phrase as written, e.g. {@code two Afghan soldiers} or {@code Daesh militants}
     * @param countryContext English short name of the event country, e.g. {@code Iraq}, or null when unknown
     * @return the actor, or empty when the phrase names no actor ("the attack", "the embassy")
     */
    public Optional<Actor> normalize(String phrase, String countryContext) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        List<Word> words = Word.split(phrase);
        Optional<Hit<GroupEntry>> group = groups.find(words, Core.groupEnd(phrase, words), countryContext);
        if (group.isPresent()) {
            GroupEntry g = group.get().value();
            return Optional.of(new Actor(g.nameIn(countryContext), g.inter(),
                    text(phrase, words, group.get().from(), group.get().to())));
        }
        int head = Core.headEnd(phrase, words);
        int first = firstContentWord(words, head);
        Optional<CountryFinder.Found> whole = countries.find(words, first, head)
                .filter(f -> f.from() == first && f.to() == head);
        if (whole.isPresent()) {
            return stateForces(RoleKind.MILITARY, whole, countryContext, text(phrase, words, first, head));
        }
        return roles.head(words, head).flatMap(hit -> fromRole(phrase, words, hit, countryContext));
    }

    /**
     * Names the group in a claim or accusation ("claimed by Daesh", "blamed on Iran-backed militias").
     *
     * @param phrase a group phrase as written
     * @return the canonical name of a known group without a country ({@code Islamic State}); otherwise the phrase
     *         cleaned of articles and hedges when it is a qualified group noun ({@code Iran-backed militias}) or a
     *         country name; empty for anything else, including bare nouns such as "the militants"
     */
    public Optional<String> normalizeGroupName(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        List<Word> words = Word.split(phrase);
        int end = Core.groupEnd(phrase, words);
        Optional<Hit<GroupEntry>> group = groups.find(words, end, null);
        if (group.isPresent()) {
            return Optional.of(group.get().value().nameIn(null));
        }
        int first = firstContentWord(words, end);
        if (first >= end) {
            return Optional.empty();
        }
        boolean qualifiedGroup = end - first >= 2 && GROUP_NOUNS.contains(words.get(end - 1).norm());
        boolean country = countries.find(words, first, end).filter(f -> f.from() == first && f.to() == end)
                .isPresent();
        return qualifiedGroup || country ? Optional.of(text(phrase, words, first, end)) : Optional.empty();
    }

    private Optional<Actor> fromRole(String phrase, List<Word> words, Hit<RoleKind> hit, String context) {
        RoleKind kind = hit.value();
        int start = hit.from();
        String modifier = "Unidentified";
        Optional<Hit<String>> ethnic = roles.ethnicBefore(words, hit.from());
        if (ethnic.isPresent() && (kind == RoleKind.UNIDENTIFIED || kind == RoleKind.HERDERS || kind.isIdentity())) {
            kind = kind.isIdentity() ? kind : RoleKind.ETHNIC;
            modifier = ethnic.get().value();
            start = ethnic.get().from();
        }
        Optional<CountryFinder.Found> named = countries.find(words, 0, start);
        if (kind.isIdentity() && ethnic.isEmpty() && start > 0 && named.map(f -> f.to() != hit.from()).orElse(true)
                && Character.isUpperCase(words.get(start - 1).text().charAt(0))) {
            start--;
            modifier = words.get(start).text();
        }
        if (named.isPresent()) {
            start = Math.min(start, named.get().from());
        }
        String matched = text(phrase, words, start, hit.to());
        if (kind == RoleKind.AIRCRAFT) {
            return named.isEmpty() ? Optional.empty() : stateForces(kind, named, context, matched);
        }
        if (kind.isState()) {
            return stateForces(kind, named, context, matched);
        }
        String country = named.map(CountryFinder.Found::country).orElse(context);
        if (country == null && config.unknownCountry() == ActorConfig.UnknownCountry.REJECT) {
            return Optional.empty();
        }
        return Optional.of(new Actor(kind.name(modifier, country), kind.inter(), matched));
    }

    private Optional<Actor> stateForces(RoleKind kind, Optional<CountryFinder.Found> named, String context,
                                        String matched) {
        String country = named.map(CountryFinder.Found::country).orElse(context);
        if (country == null && config.unknownCountry() == ActorConfig.UnknownCountry.REJECT) {
            return Optional.empty();
        }
        boolean abroad = country != null && context != null && !country.equalsIgnoreCase(context);
        return Optional.of(new Actor(kind.name(null, country), abroad ? 8 : kind.inter(), matched));
    }

    private static int firstContentWord(List<Word> words, int end) {
        int i = 0;
        while (i < end && LEADING_FILLERS.contains(words.get(i).norm())) {
            i++;
        }
        return i;
    }

    private static String text(String phrase, List<Word> words, int from, int to) {
        String text = phrase.substring(words.get(from).start(), words.get(to - 1).end()).trim();
        // The word pattern keeps a plural possessive's apostrophe and an abbreviation's dot; a closing quote or a
        // full stop is not part of the name.
        return text.endsWith("s'") || text.endsWith("s’") || text.matches(".*\\b\\p{Lu}\\.") ? text
                : text.replaceAll("['’.]+$", "");
    }
}
