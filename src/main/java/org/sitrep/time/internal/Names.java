package org.sitrep.time.internal;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Map;

/**
 * Regex fragments and lookups for the calendar words of English news text.
 * Month and weekday names must be capitalised, so that the modal "may" and the verb "march"
 * are never read as months; the fragments end at a word boundary, so "Mayor" is not May.
 */
public final class Names {
    /** A month name or its usual abbreviation ("Jan.", "Sept"). */
    public static final String MONTH = "\\b(?<month>January|February|March|April|May|June|July|August|September"
            + "|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])";
    /** A weekday name, written out; abbreviations like "Sun." are too often something else. */
    public static final String WEEKDAY = "\\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b";
    /** An optional weekday in front of a full date: "Sunday, December 20". */
    public static final String WEEKDAY_PREFIX =
            "(?:\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
    /** A day of the month with an optional ordinal suffix. */
    public static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b";
    /** A four-digit year of the 20th or 21st century. */
    public static final String YEAR = "(?<year>(?:19|20)\\d\\d)\\b";
    /** A part of the day that may follow a day word ("Sunday night", "yesterday morning"). */
    public static final String PART_OF_DAY = "(?:\\s+(?i:morning|afternoon|evening|night|midnight))?";

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));
    /** Small counts written as words, for "two days ago". */
    public static final String NUMBER = "(?<count>\\d{1,2}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten))";

    private Names() {
    }

    /**
     * @param name a month name or abbreviation matched by {@link #MONTH}
     * @return the month
     */
    public static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /**
     * @param name a weekday name matched by {@link #WEEKDAY}
     * @return the day of the week
     */
    public static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /**
     * @param count digits or a number word matched by {@link #NUMBER}
     * @return its value
     */
    public static int count(String count) {
        Integer word = NUMBER_WORDS.get(count.toLowerCase(Locale.ROOT));
        return word != null ? word : Integer.parseInt(count);
    }
}
