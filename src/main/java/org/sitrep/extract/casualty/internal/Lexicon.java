package org.sitrep.extract.casualty.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The fixed English vocabulary of casualty reports. */
public final class Lexicon {
    /** Killing verbs that take the victims as object ("killing 3") or subject in the passive. */
    public static final Set<String> KILL_VERBS = Set.of("killed", "killing", "kills", "kill", "murdered",
            "executed", "beheaded", "slain", "assassinated", "massacred");
    /** Words for deaths that take no object: the count stands before them ("3 died", "5 dead"). */
    public static final Set<String> DEATH_WORDS = Set.of("died", "dead", "deaths", "fatalities", "perished",
            "martyred", "bodies");
    /** Wounding verbs. */
    public static final Set<String> WOUND_VERBS = Set.of("wounded", "wounding", "injured", "injuring", "injures",
            "wounds", "hurt", "hurting", "maimed");
    /** Nouns for injuries with the count before them ("7 injuries"). */
    public static final Set<String> INJURY_WORDS = Set.of("injuries");
    /** Forms of "be" that make a participle passive. */
    public static final Set<String> BE = Set.of("was", "were", "been", "being", "be", "is", "are", "got", "get");
    /** Words that may stand between a count and its verb ("5 were reportedly killed"). */
    public static final Set<String> AUX = Set.of("was", "were", "been", "being", "be", "is", "are", "have", "has",
            "had", "reportedly", "also", "all", "both", "later", "subsequently", "reported", "confirmed", "feared",
            "believed", "found", "shot", "left", "declared", "pronounced", "initially", "allegedly", "else",
            "others", "other", "more", "people", "persons", "of", "them", "whom", "who", "each", ",");
    /** Words before a verb that make it an intention or a possibility, not a report. */
    public static final Set<String> UNREAL = Set.of("to", "could", "would", "might", "may", "will", "can",
            "should", "shall", "must", "not", "never", "n't", "no", "cannot", "threatening", "aiming");
    /** Words in the clause that make a count a running total, not one event's toll. */
    public static final Set<String> CUMULATIVE = Set.of("since", "overall", "altogether", "years",
            "decades", "months", "war", "conflict", "insurgency", "pandemic", "campaign");
    /** Words that end the stretch of text a count can belong to. */
    public static final Set<String> CLAUSE_BREAKS = Set.of(".", ";", ":", "?", "!", "—", "–", "when", "after",
            "while", "as", "because", "since", "before", "but", "though", "although", "where", "until", "whereas",
            "if", "said", "says", "say", "told", "according", "hit", "struck", "took", "began", "came", "went", "fled",
            "blew", "made", "set", "stormed", "and/or");
    /** Words that start a subset of the people just counted ("including 2 commanders"). */
    public static final Set<String> SUBSET = Set.of("including", "among", "incl", "excluding");
    /** Words ending in -ed or -ing that are not verbs of a new clause. */
    public static final Set<String> NOT_VERBS = Set.of("armed", "suspected", "alleged", "unidentified", "unarmed",
            "masked", "retired", "trained", "uniformed", "disguised", "unnamed", "wedding", "morning", "evening",
            "building", "meeting", "gathering", "during", "ceiling", "something", "nothing", "anything",
            "everything", "spring", "following", "including", "among", "reported", "confirmed", "feared",
            "believed", "wounded", "injured", "killed", "aged", "detained", "kidnapped", "abducted", "displaced",
            "married", "based", "backed", "led", "linked", "affiliated", "sponsored", "hundred",
            "red", "bed", "shed", "seed", "speed", "sacred", "kindred", "naked", "wicked", "king", "ring", "thing",
            "string", "sibling", "darling");
    /** Number words. */
    public static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));
    /** Words after a number that make it a measure, a time or money, not people. */
    public static final Set<String> UNITS = Set.of("percent", "%", "per", "km", "kilometres", "kilometers",
            "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre", "meter", "am", "pm", "a.m", "p.m",
            "hours", "hour", "minutes", "minute", "days", "day", "weeks", "week", "months", "month", "years", "year",
            "kg", "mm", "million", "billion", "times", "o'clock", "tons", "tonnes", "dollars", "rockets", "rounds",
            "shells", "missiles", "vehicles", "houses", "homes", "cars", "buildings");
    /** Month names: numbers next to them are dates. */
    public static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");

    private static final String PERSON_NOUNS = "/org/sitrep/extract/casualty/person-nouns.txt";

    private final Set<String> personNouns;

    private Lexicon(Set<String> personNouns) {
        this.personNouns = Set.copyOf(personNouns);
    }

    /**
     * @return the lexicon with the built-in person nouns
     * @throws UncheckedIOException if the built-in resource cannot be read
     */
    public static Lexicon load() {
        Set<String> nouns = new HashSet<>();
        InputStream in = Lexicon.class.getResourceAsStream(PERSON_NOUNS);
        if (in == null) {
            throw new UncheckedIOException(new IOException(PERSON_NOUNS + ": resource not found"));
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(nouns::add);
        } catch (IOException e) {
            throw new UncheckedIOException(PERSON_NOUNS + ": cannot read", e);
        }
        return new Lexicon(nouns);
    }

    /**
     * @param token a token
     * @return true for a word for people ("soldiers", "policeman"), a proper noun ("Taliban") or a -man/-ist/-ian
     *         word
     */
    public boolean isPerson(Token token) {
        String w = token.norm();
        return personNouns.contains(w) || (token.isCapitalized() && !token.isDigits())
                || w.matches("[a-z-]*(?:men|man|ists?|ians?)");
    }

    /**
     * @param token a token
     * @return true when the token likely starts a new clause: a break word, or an -ed/-ing verb
     */
    public static boolean isBreak(Token token) {
        String w = token.norm();
        if (CLAUSE_BREAKS.contains(w)) {
            return true;
        }
        boolean verbShape = w.length() > 4 && w.matches("[a-z]+(?:ed|ing)");
        return verbShape && !token.isCapitalized() && !NOT_VERBS.contains(w);
    }
}
