package org.sitrep.time.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.time.DateMention;
import org.sitrep.time.TimePrecision;

/**
 * One kind of date expression: a pattern and how to resolve what it matched.
 * The whole match is the expression's span: modifiers such as "last" or "late" and a part of
 * day ("night") belong to it, a leading preposition ("on", "in") and a possessive "'s" do not.
 *
 * @param name     a short name, for debugging
 * @param pattern  the pattern; its groups are read by the resolver
 * @param resolver turns a match into a mention
 */
public record Rule(String name, Pattern pattern, Resolver resolver) {
    /** Resolves one match of a rule's pattern. */
    @FunctionalInterface
    public interface Resolver {
        /**
         * @param match  the matcher positioned on a match, whose span is the expression
         * @param anchor the publication day to resolve against
         * @return the mention, or null when the match is no date after all (an impossible day,
         *         an ambiguous number, a relative date without a publication day)
         */
        DateMention resolve(Matcher match, Anchor anchor);
    }

    /** @throws NullPointerException if any part is null */
    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * @param name    a short name
     * @param regex   the pattern source, without the word boundary every expression starts at
     * @param resolver how to resolve a match
     * @return the rule
     */
    public static Rule of(String name, String regex, Resolver resolver) {
        // Every expression starts a word; testing that first lets most positions fail at once.
        return new Rule(name, Pattern.compile("\\b" + regex), resolver);
    }

    /**
     * @param match     the matched expression
     * @param date      the resolved day, may be null
     * @param precision how precisely the expression fixes it
     * @param relative  whether the publication day was needed
     * @return the mention spanning the whole match, or null when date is null
     */
    static DateMention mention(Matcher match, LocalDate date, TimePrecision precision, boolean relative) {
        return date == null ? null : new DateMention(match.start(), match.end(), date, precision, relative);
    }
}
