package org.sitrep.extract.casualty.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.lang.Language;
import org.sitrep.lang.LanguageException;

/**
 * The vocabulary of casualty reports in one language, read from the {@code casualty-*} resources of its
 * {@link Language} bundle. Each field is named for what its words do in a report; the resources say which words
 * those are. Immutable and thread-safe.
 */
public final class Lexicon {
    /** Killing verbs that take the victims as object ("killing 3") or subject in the passive. */
    public final Set<String> killVerbs;
    /** Words for deaths that take no object: the count stands before them ("3 died", "5 dead"). */
    public final Set<String> deathWords;
    /** Wounding verbs. */
    public final Set<String> woundVerbs;
    /** Nouns for injuries with the count before them ("7 injuries"). */
    public final Set<String> injuryWords;
    /** Forms of "be" that make a participle passive. */
    public final Set<String> passiveAuxiliaries;
    /** Words that may stand between a count and its verb ("5 were reportedly killed"). */
    public final Set<String> linkingWords;
    /** Words before a verb that make it an intention or a possibility, not a report. */
    public final Set<String> unrealMarkers;
    /** Words in the clause that make a count a running total, not one event's toll. */
    public final Set<String> cumulativeWords;
    /** Phrases that make a count a running total ("so far"). */
    public final List<List<String>> cumulativePhrases;
    /** Words that start a subset of the people just counted ("including 2 commanders"). */
    public final Set<String> subsetWords;
    /** Number words and their values. */
    public final Map<String, Integer> numberWords;
    /** The word for a hundred. */
    public final Set<String> hundreds;
    /** Words after a number that make it a measure, a time or money, not people. */
    public final Set<String> units;
    /** Month names: numbers next to them are dates. */
    public final Set<String> months;
    /** Phrases that report deaths, with where their count stands. */
    public final List<DeathPhrase> deathPhrases;
    /** Pronouns that always count one person after a casualty verb ("him"). */
    public final Set<String> objectPronouns;
    /** Pronouns that count one person only when no noun follows ("her"). */
    public final Set<String> ambiguousPronouns;
    /** Words that may follow an object pronoun. */
    public final Set<String> afterObject;
    /** Words and marks that join two counts ("and", ","). */
    public final Set<String> coordinators;
    /** Conjunctions that join two casualty verbs ("shot and killed"). */
    public final Set<String> verbConjunctions;
    /** Marks that end the search for an aside's opening comma. */
    public final Set<String> asideStops;
    /** Words after a count that end the search for its noun of people. */
    public final Set<String> nounStops;
    /** Words linking a part to the whole ("of"). */
    public final Set<String> partitiveWords;
    /** Definite articles ("the"). */
    public final Set<String> definiteArticles;
    /** Words a count of one may start with when no noun of people follows. */
    public final Set<String> oneOpeners;
    /** Articles and possessives that count one person before a noun of people. */
    public final Set<String> oneArticles;
    /** Words between an article and its noun that end the search for a noun of people. */
    public final Set<String> articleStops;
    /** Negations that make "one" nobody. */
    public final Set<String> negators;
    /** Vague and idiomatic amounts, longest first. */
    public final List<Amount> amounts;
    /** Hedges before a number, longest first. */
    public final List<Modifier> modifiers;
    /** Nouns for a death toll. */
    public final Set<String> tollWords;
    /** Words between a toll noun and its figure. */
    public final Set<String> tollLinks;
    /** Adverbs between "be" and a participle. */
    public final Set<String> passiveFillers;
    /** Words joining casualty words as alternatives ("or"). */
    public final Set<String> alternatives;
    /** Phrases for nobody, longest first. */
    public final List<List<String>> nobody;
    /** Words before a casualty noun that say there was none. */
    public final Set<String> zeroNegators;
    /** Casualty nouns after a negation and what they deny. */
    public final Map<String, Set<Outcome.Kind>> zeroNouns;
    /** Casualty verbs after a word for nobody and what they deny. */
    public final Map<String, Set<Outcome.Kind>> zeroVerbs;
    /** Words after a negation that mean some people were hurt after all. */
    public final Set<String> zeroQualifiers;
    /** Words that may stand between a negation and its casualty noun. */
    public final Set<String> zeroPassable;

    private final Set<String> personNouns;
    private final Set<String> clauseBreaks;
    private final Set<String> notVerbs;
    private final Pattern personSuffix;
    private final Pattern verbShape;
    private final Pattern activeParticiple;

    /**
     * A phrase that reports deaths.
     *
     * @param words      its words, lower case
     * @param countAfter true when the count follows the phrase ("claimed the lives of 14"), false when it precedes
     *                   ("3 lost their lives")
     */
    public record DeathPhrase(List<String> words, boolean countAfter) {
    }

    /**
     * A vague or idiomatic amount.
     *
     * @param words   its words, lower case
     * @param value   its value, or -1 for the configured figure of "several"
     * @param vague   true when the value is only a lower bound
     */
    public record Amount(List<String> words, int value, boolean vague) {
    }

    /**
     * A hedge before a number.
     *
     * @param words its words, lower case
     * @param lower true when the number is then a minimum ("at least")
     */
    public record Modifier(List<String> words, boolean lower) {
    }

    /**
     * @param language the bundle to read the {@code casualty-*} resources from
     * @throws LanguageException if a resource is missing or malformed
     */
    public Lexicon(Language language) {
        killVerbs = language.words("casualty-kill-verbs");
        deathWords = language.words("casualty-death-words");
        woundVerbs = language.words("casualty-wound-verbs");
        injuryWords = language.words("casualty-injury-words");
        passiveAuxiliaries = language.words("casualty-passive-auxiliaries");
        linkingWords = language.words("casualty-linking-words");
        unrealMarkers = language.words("casualty-unreal-markers");
        cumulativeWords = language.words("casualty-cumulative-words");
        cumulativePhrases = phrases(language.list("casualty-cumulative-phrases"));
        subsetWords = language.words("casualty-subset-words");
        numberWords = numbers(language);
        hundreds = language.words("casualty-hundreds");
        units = language.words("casualty-units");
        months = language.words("casualty-months");
        deathPhrases = language.table("casualty-death-phrases", 2).stream()
                .map(r -> new DeathPhrase(words(r.get(0)), choice(language, "casualty-death-phrases", r.get(1),
                        "after", "before"))).toList();
        objectPronouns = language.words("casualty-object-pronouns");
        ambiguousPronouns = language.words("casualty-ambiguous-pronouns");
        afterObject = language.words("casualty-after-object");
        coordinators = language.words("casualty-coordinators");
        verbConjunctions = language.words("casualty-verb-conjunctions");
        asideStops = language.words("casualty-aside-stops");
        nounStops = language.words("casualty-noun-stops");
        partitiveWords = language.words("casualty-partitive-words");
        definiteArticles = language.words("casualty-definite-articles");
        oneOpeners = language.words("casualty-one-openers");
        oneArticles = language.words("casualty-one-articles");
        articleStops = language.words("casualty-article-stops");
        negators = language.words("casualty-negators");
        amounts = longestFirst(language.table("casualty-amounts", 3).stream()
                .map(r -> new Amount(words(r.get(0)), r.get(1).equals("several") ? -1 : integer(language,
                        "casualty-amounts", r.get(1)), choice(language, "casualty-amounts", r.get(2), "vague",
                        "exact"))).toList(), Amount::words);
        modifiers = longestFirst(language.table("casualty-number-modifiers", 2).stream()
                .map(r -> new Modifier(words(r.get(0)), choice(language, "casualty-number-modifiers", r.get(1),
                        "lower", "about"))).toList(), Modifier::words);
        tollWords = language.words("casualty-toll-words");
        tollLinks = language.words("casualty-toll-links");
        passiveFillers = language.words("casualty-passive-fillers");
        alternatives = language.words("casualty-alternatives");
        nobody = longestFirst(phrases(language.list("casualty-nobody")), p -> p);
        zeroNegators = language.words("casualty-zero-negators");
        zeroNouns = kinds(language, "casualty-zero-nouns");
        zeroVerbs = kinds(language, "casualty-zero-verbs");
        zeroQualifiers = language.words("casualty-zero-qualifiers");
        zeroPassable = language.words("casualty-zero-passable");
        personNouns = language.words("casualty-person-nouns");
        clauseBreaks = language.words("casualty-clause-breaks");
        notVerbs = language.words("casualty-not-verbs");
        personSuffix = language.pattern("casualty-person-suffix", 0);
        verbShape = language.pattern("casualty-verb-shape", 0);
        activeParticiple = language.pattern("casualty-active-participle", 0);
    }

    /**
     * @param token a token
     * @return true for a word for people ("soldiers", "policeman"), a proper noun ("Taliban") or a word with a
     *         person ending (-man, -ist, -ian in English)
     */
    public boolean isPerson(Token token) {
        String w = token.norm();
        return personNouns.contains(w) || (token.isCapitalized() && !token.isDigits())
                || personSuffix.matcher(w).matches();
    }

    /**
     * @param token a token
     * @return true when the token likely starts a new clause: a break word, or a verb-shaped word
     */
    public boolean isBreak(Token token) {
        String w = token.norm();
        if (clauseBreaks.contains(w)) {
            return true;
        }
        return verbShape.matcher(w).matches() && !token.isCapitalized() && !notVerbs.contains(w);
    }

    /**
     * @param word a lower-case word
     * @return true for an active participle, which has its count after it ("killing 3")
     */
    public boolean isActiveParticiple(String word) {
        return activeParticiple.matcher(word).matches();
    }

    /**
     * @param t      a sentence's tokens
     * @param i      an index
     * @param phrase lower-case words
     * @return true when the phrase's words stand at {@code i}
     */
    public static boolean matches(List<Token> t, int i, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!Token.is(t, i + k, phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String phrase) {
        return List.of(phrase.split(" +"));
    }

    private static List<List<String>> phrases(List<String> lines) {
        return lines.stream().map(Lexicon::words).toList();
    }

    private static <T> List<T> longestFirst(List<T> entries, java.util.function.Function<T, List<String>> words) {
        List<T> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((T e) -> -words.apply(e).size()));
        return List.copyOf(sorted);
    }

    private static Map<String, Integer> numbers(Language language) {
        Map<String, Integer> out = new HashMap<>();
        for (List<String> row : language.table("casualty-number-words", 2)) {
            out.put(row.get(0), integer(language, "casualty-number-words", row.get(1)));
        }
        return Map.copyOf(out);
    }

    private static Map<String, Set<Outcome.Kind>> kinds(Language language, String name) {
        Map<String, Set<Outcome.Kind>> out = new HashMap<>();
        for (Map.Entry<String, String> e : language.map(name).entrySet()) {
            Set<Outcome.Kind> kinds = switch (e.getValue()) {
                case "killed" -> EnumSet.of(Outcome.Kind.KILLED);
                case "wounded" -> EnumSet.of(Outcome.Kind.WOUNDED);
                case "both" -> EnumSet.allOf(Outcome.Kind.class);
                default -> throw new LanguageException(language.path(name + ".tsv") + ": '" + e.getValue()
                        + "' for '" + e.getKey() + "' is none of killed, wounded, both", null);
            };
            out.put(e.getKey(), Set.copyOf(kinds));
        }
        return Map.copyOf(out);
    }

    private static int integer(Language language, String name, String cell) {
        try {
            return Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw new LanguageException(language.path(name + ".tsv") + ": '" + cell + "' is not a number", e);
        }
    }

    private static boolean choice(Language language, String name, String cell, String yes, String no) {
        if (!cell.equals(yes) && !cell.equals(no)) {
            throw new LanguageException(language.path(name + ".tsv") + ": '" + cell + "' is neither " + yes
                    + " nor " + no, null);
        }
        return cell.equals(yes);
    }
}
