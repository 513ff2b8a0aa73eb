package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.lang.Language;

/** Assertions shared by the date tests. */
final class Mentions {
    /** Monday 21 December 2020, the publication day of most scenarios. */
    static final LocalDate MONDAY_21_DECEMBER_2020 = LocalDate.of(2020, 12, 21);

    /** The bundle every date test reads English with, loaded once. */
    static final Language ENGLISH = Language.english();

    private Mentions() {
    }

    /** Asserts the text has exactly one date expression and returns it. */
    static DateMention onlyMention(DateResolver resolver, String text, LocalDate published) {
        List<DateMention> found = resolver.find(text, published);
        assertEquals(1, found.size(), "expected exactly one date in '" + text + "', found " + found);
        return found.get(0);
    }

    /** Asserts span, day, precision and the relative flag of a mention; the span is the first occurrence. */
    static void assertMention(DateMention actual, String text, String expression, LocalDate date,
                              TimePrecision precision, boolean relative) {
        int start = text.indexOf(expression);
        assertEquals(expression, text.substring(actual.start(), actual.end()), "span of the expression");
        assertEquals(start, actual.start(), "start offset of '" + expression + "'");
        assertEquals(date, actual.date(), "date of '" + expression + "'");
        assertEquals(precision, actual.precision(), "precision of '" + expression + "'");
        assertEquals(relative, actual.relative(), "relative flag of '" + expression + "'");
    }

    /** Asserts that a text, published on {@link #MONDAY_21_DECEMBER_2020}, has no date expression. */
    static void assertNoDate(DateResolver resolver, String text, String why) {
        List<DateMention> found = resolver.find(text, MONDAY_21_DECEMBER_2020);
        assertEquals(List.of(), found, why + ", in '" + text + "'");
    }

    /** @return a resolver with the nearest tense bias and the default slack */
    static DateResolver nearestBiasResolver() {
        return new DateResolver(DateResolverConfig.DEFAULT.withTenseBias(TenseBias.NEAREST), ENGLISH);
    }

    /** @return a resolver with the default settings and the English bundle */
    static DateResolver englishResolver() {
        return new DateResolver(ENGLISH);
    }
}
