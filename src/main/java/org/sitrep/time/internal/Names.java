package org.sitrep.time.internal;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.lang.Language;
import org.sitrep.lang.LanguageException;

/**
 * Regex fragments and lookups for the calendar words of a language: months, weekdays, ordinal endings, parts
 * of the day and small number words, from the bundle's {@code time-months}, {@code time-weekdays},
 * {@code time-ordinal-suffixes}, {@code time-parts-of-day} and {@code time-number-words}. Month and weekday
 * names are matched as written, so that in English the modal "may" and the verb "march" are never read as
 * months; the fragments end at a word boundary, so "Mayor" is not May. Immutable.
 */
public final class Names {
    private static final String MONTHS = "time-months";
    private static final String WEEKDAYS = "time-weekdays";

    private final Map<String, Month> months = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays;
    private final Map<String, Integer> numberWords;
    private final String month;
    private final String weekday;
    private final String weekdayPrefix;
    private final String day;
    private final String partOfDay;
    private final String number;

    /**
     * @param language the bundle to read the words from
     * @throws LanguageException if a resource is missing or malformed
     */
    public Names(Language language) {
        List<String> full = new ArrayList<>();
        List<String> abbreviated = new ArrayList<>();
        for (List<String> row : language.table(MONTHS, 3)) {
            Month m;
            try {
                m = Month.of(Words.number(row.get(1), 1, 12));
            } catch (IllegalArgumentException e) {
                throw Words.bad(language, MONTHS, row.get(0), row.get(1), e);
            }
            switch (row.get(2)) {
                case "full" -> full.add(row.get(0));
                case "short" -> abbreviated.add(row.get(0));
                default -> throw Words.bad(language, MONTHS, row.get(0), row.get(2),
                        new IllegalArgumentException("expected 'full' or 'short'"));
            }
            months.put(row.get(0), m);
        }
        if (full.isEmpty()) {
            throw new LanguageException(language.path(MONTHS + ".tsv") + " names no month in full", null);
        }
        weekdays = Words.table(language, WEEKDAYS, k -> k, v -> DayOfWeek.of(Words.number(v, 1, 7)));
        numberWords = Words.lowerCaseTable(language, "time-number-words", v -> Words.number(v, 0, 99));
        String abbreviations = abbreviated.isEmpty() ? "" : "|" + Words.anyOf(abbreviated) + "\\.?";
        month = "\\b(?<month>" + Words.anyOf(full) + abbreviations + ")(?![A-Za-z])";
        String weekdayNames = Words.anyOf(List.copyOf(weekdays.keySet()));
        weekday = "\\b(?<weekday>" + weekdayNames + ")\\b";
        weekdayPrefix = "(?:\\b" + weekdayNames + ",?\\s+)?";
        day = "(?<day>[0-3]?\\d)(?:" + Words.anyOf(Words.list(language, "time-ordinal-suffixes")) + ")?\\b";
        partOfDay = "(?:\\s+(?i:" + Words.anyOf(Words.list(language, "time-parts-of-day")) + "))?";
        number = "(?<count>\\d{1,2}|(?i:" + Words.anyOf(List.copyOf(numberWords.keySet())) + "))";
    }

    /** @return a month name or its abbreviation with an optional full stop ("Jan."), in group {@code month} */
    public String monthRegex() {
        return month;
    }

    /** @return a weekday name, in group {@code weekday} */
    public String weekdayRegex() {
        return weekday;
    }

    /** @return an optional weekday in front of a full date: "Sunday, December 20"; no group */
    public String weekdayPrefixRegex() {
        return weekdayPrefix;
    }

    /** @return a day of the month with an optional ordinal ending, in group {@code day} */
    public String dayRegex() {
        return day;
    }

    /** @return a four-digit year of the 20th or 21st century, in group {@code year} */
    public String yearRegex() {
        return "(?<year>(?:19|20)\\d\\d)\\b";
    }

    /** @return an optional part of the day after a day word ("Sunday night", "yesterday morning"); no group */
    public String partOfDayRegex() {
        return partOfDay;
    }

    /** @return a small count in digits or as a word, for "two days ago", in group {@code count} */
    public String numberRegex() {
        return number;
    }

    /**
     * @param name a month name or abbreviation matched by {@link #monthRegex()}, with or without its full stop
     * @return the month
     * @throws IllegalArgumentException if it is no month of the bundle
     */
    public Month month(String name) {
        Month m = months.get(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
        if (m == null) {
            throw new IllegalArgumentException("not a month: " + name);
        }
        return m;
    }

    /**
     * @param name a weekday name matched by {@link #weekdayRegex()}
     * @return the day of the week
     * @throws IllegalArgumentException if it is no weekday of the bundle
     */
    public DayOfWeek weekday(String name) {
        DayOfWeek d = weekdays.get(name);
        if (d == null) {
            throw new IllegalArgumentException("not a weekday: " + name);
        }
        return d;
    }

    /**
     * @param count digits or a number word matched by {@link #numberRegex()}
     * @return its value
     */
    public int count(String count) {
        Integer word = numberWords.get(Words.normalized(count));
        return word != null ? word : Integer.parseInt(count);
    }
}
