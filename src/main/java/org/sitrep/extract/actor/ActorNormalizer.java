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
import org.sitrep.lang.Language;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;
import org.sitrep.text.Token;

/**
 * The hand-written rules of actor naming, the first {@link ActorNamer}: turns an actor phrase from a news sentence
 * into an ACLED-style actor name and type.
 *
 * <p>Named groups win over generic nouns ("Taliban fighters" is {@code Taliban}). Generic nouns count only as the
 * head of the phrase ("police" in "the police checkpoint" does not), and take the country of a demonym in the phrase
 * ("Iraqi soldiers"), else the event country. State forces of another country than the event's are external
 * forces (8): {@code Military Forces of the United States}. A state force is named only from a force noun
 * ("soldiers", "police") or from a country word the caller ties to an act ({@link #forcesOf}), never from a
 * country or place name alone. Thread-safe after construction.
 */
public final class ActorNormalizer implements ActorNamer {
    private final ActorConfig config;
    private final GroupMatcher groups;
    private final RoleMatcher roles;
    private final CountryFinder countries;
    private final Core core;
    private final Set<String> leadingFillers;
    private final Set<String> groupNouns;

    /**
     * @param config           where the tables come from
     * @param language         the bundle of the generic nouns, ethnic names and {@code actor-*} word lists
     * @param demonymToCountry from a demonym or country name as written ({@code Afghan}, {@code U.S.},
     *                         {@code United States}) to the English short country name; called with one to four words
     * @throws ActorTableException               if the group table is missing or malformed, or the roles table
     *                                           names an unknown kind
     * @throws org.sitrep.lang.LanguageException if a resource of the bundle is missing or malformed
     * @throws NullPointerException              if an argument is null
     */
    public ActorNormalizer(ActorConfig config, Language language,
                           Function<String, Optional<String>> demonymToCountry) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(language, "language");
        this.countries = new CountryFinder(Objects.requireNonNull(demonymToCountry, "demonymToCountry"), language,
                Demonyms.DEFAULT_TABLE);
        this.groups = GroupMatcher.load(config.groupsResource());
        this.roles = RoleMatcher.load(language, config.rolesTable(), config.ethnicList(), "actor-force-holdings");
        this.core = new Core(language);
        this.leadingFillers = language.words("actor-leading-fillers");
        this.groupNouns = language.words("actor-group-nouns");
    }

    /**
     * The default tables with the bundle's built-in demonym table ({@link Demonyms#builtIn(Language)}).
     *
     * @param language the bundle to read
     * @throws ActorTableException               if the group table cannot be read
     * @throws org.sitrep.lang.LanguageException if a resource of the bundle is missing or malformed
     */
    public ActorNormalizer(Language language) {
        this(ActorConfig.DEFAULT, language, Demonyms.builtIn(language));
    }

    @Override
    public Optional<Actor> normalize(Sentence sentence, Span phrase, String text, String countryContext) {
        String written = text.substring(phrase.start(), phrase.end());
        if (written.isBlank()) {
            return Optional.empty();
        }
        return normalize(written, Word.of(within(sentence, phrase), text, phrase.start()), countryContext);
    }

    private Optional<Actor> normalize(String phrase, List<Word> words, String countryContext) {
        Optional<Hit<GroupEntry>> group = groups.find(words, core.groupEnd(phrase, words), countryContext);
        if (group.isPresent()) {
            GroupEntry g = group.get().value();
            return Optional.of(new Actor(g.nameIn(countryContext), g.inter(),
                    text(phrase, words, group.get().from(), group.get().to())));
        }
        // A country name alone ("the United States", "N.C.") names no force: only a force noun does.
        int head = core.headEnd(phrase, words);
        return roles.head(words, head).flatMap(hit -> fromRole(phrase, words, hit, countryContext));
    }

    @Override
    public Optional<Actor> forcesOf(Sentence sentence, Span country, String text, String countryContext) {
        String written = text.substring(country.start(), country.end());
        List<Word> words = Word.of(within(sentence, country), text, country.start());
        int first = firstContentWord(words, words.size());
        Optional<CountryFinder.Found> whole = countries.find(words, first, words.size())
                .filter(f -> f.from() == first && f.to() == words.size());
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        return stateForces(RoleKind.MILITARY, whole, countryContext, text(written, words, first, words.size()));
    }

    @Override
    public Actor generic(GenericActor kind, String countryContext, String matchedText) {
        RoleKind role = switch (kind) {
            case PROTESTERS -> RoleKind.PROTESTERS;
            case RIOTERS -> RoleKind.RIOTERS;
            case CIVILIANS -> RoleKind.CIVILIANS;
            case UNIDENTIFIED_ARMED_GROUP -> RoleKind.UNIDENTIFIED;
        };
        return new Actor(role.name(null, countryContext), role.inter(), matchedText);
    }

    @Override
    public Optional<String> normalizeGroupName(Sentence sentence, Span phrase, String text) {
        String written = text.substring(phrase.start(), phrase.end());
        if (written.isBlank()) {
            return Optional.empty();
        }
        return groupName(written, Word.of(within(sentence, phrase), text, phrase.start()));
    }

    private static List<Token> within(Sentence sentence, Span span) {
        return sentence.tokens().stream().filter(t -> t.start() >= span.start() && t.end() <= span.end()).toList();
    }

    private Optional<String> groupName(String phrase, List<Word> words) {
        int end = core.groupEnd(phrase, words);
        Optional<Hit<GroupEntry>> group = groups.find(words, end, null);
        if (group.isPresent()) {
            return Optional.of(group.get().value().nameIn(null));
        }
        int first = firstContentWord(words, end);
        if (first >= end) {
            return Optional.empty();
        }
        boolean qualifiedGroup = end - first >= 2 && groupNouns.contains(words.get(end - 1).norm());
        boolean country = countries.find(words, first, end).filter(f -> f.from() == first && f.to() == end)
                .isPresent();
        return qualifiedGroup || country ? Optional.of(text(phrase, words, first, end)) : Optional.empty();
    }

    private Optional<Actor> fromRole(String phrase, List<Word> words, Hit<RoleKind> hit, String context) {
        RoleKind kind = hit.value();
        int start = hit.from();
        // ACLED's own English name, whatever the language of the text.
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

    private int firstContentWord(List<Word> words, int end) {
        int i = 0;
        while (i < end && leadingFillers.contains(words.get(i).norm())) {
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
