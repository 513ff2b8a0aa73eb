package org.sitrep.time.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.sitrep.lang.Language;
import org.sitrep.time.DateMention;
import org.sitrep.time.TimePrecision;

/**
 * Dates that only the publication day fixes: weekdays, "yesterday", "last week", "in October",
 * "two days ago". Without a publication day none of them matches.
 *
 * <p>"Three days earlier" and "the previous week" count from another event in the text, not from
 * publication, so they are left alone. Named days ("Bloody Sunday", "Good Friday") and
 * newspapers ("Sunday Times", "USA Today") are not dates.
 */
public final class RelativeRules {
    /** A unit counted back from publication or named by "last" and "this". */
    private enum Unit { DAY, WEEK, MONTH }

    private final Names names;
    private final Map<String, Shift> occurrences;
    private final Map<String, Integer> dayWords;
    private final Map<String, Integer> recent;
    private final Map<String, Unit> calendarUnits;
    private final Map<String, Unit> agoUnits;
    private final List<Rule> rules;

    /**
     * @param language the bundle: the {@code time-*} word lists named in each rule
     * @param names    the calendar names of the same bundle
     * @throws org.sitrep.lang.LanguageException if a resource is missing or malformed
     */
    public RelativeRules(Language language, Names names) {
        this.names = names;
        occurrences = Words.lowerCaseTable(language, "time-occurrence-words", Shift::valueOf);
        dayWords = Words.lowerCaseTable(language, "time-day-words", v -> Words.number(v, 0, 7));
        recent = Words.lowerCaseTable(language, "time-recent-words", v -> Words.number(v, 0, 1));
        calendarUnits = Words.lowerCaseTable(language, "time-calendar-units", RelativeRules::weekOrMonthUnit);
        agoUnits = Words.lowerCaseTable(language, "time-ago-units", RelativeRules::dayOrWeekUnit);

        String namedDayBefore = "(?<!\\b" + Words.anyOf(Words.list(language, "time-named-day-words")) + "\\s)";
        String titleAfter = "(?!\\s+" + Words.anyOf(Words.list(language, "time-weekday-title-words")) + "\\b)";
        String occurrence = "(?i:" + Words.anyOf(List.copyOf(occurrences.keySet())) + ")";
        String earlyOrLate = "(?:\\b(?i:" + Words.anyOf(Words.list(language, "time-early-late-words")) + ")\\s+)?";
        String dayWord = "(?<!" + Words.anyOf(Words.list(language, "time-day-word-title-words")) + "\\s)\\b(?<word>(?i:"
                + Words.anyOf(List.copyOf(dayWords.keySet())) + "))\\b";
        String weekdayPreposition = Words.anyOf(Words.list(language, "time-weekday-prepositions"));
        String inside = "(?i:" + Words.anyOf(Words.list(language, "time-inside-words")) + ")";
        // A bare month is a date after a preposition ("in May"), not a name ("Theresa May").
        String monthPreposition = "(?i:" + Words.anyOf(Words.list(language, "time-month-prepositions")) + ")";
        List<String> monthModifiers = new ArrayList<>(occurrences.keySet());
        monthModifiers.addAll(Words.list(language, "time-month-part-words"));

        rules = List.of(
                Rule.of("weekday", namedDayBefore + "(?:\\b(?<mod>" + occurrence + ")(?:\\s+" + weekdayPreposition
                        + ")?\\s+)?" + names.weekdayRegex() + titleAfter + names.partOfDayRegex(),
                        needsPublished(this::weekday)),
                Rule.of("day-word", earlyOrLate + dayWord + names.partOfDayRegex(), needsPublished(this::dayWord)),
                Rule.of("week-or-month", earlyOrLate + "(?:" + inside + "\\s+)?\\b(?<which>(?i:"
                        + Words.anyOf(List.copyOf(recent.keySet())) + "))\\s+(?<unit>(?i:"
                        + Words.anyOf(List.copyOf(calendarUnits.keySet())) + "))\\b",
                        needsPublished(this::weekOrMonth)),
                Rule.of("ago", "\\b" + names.numberRegex() + "\\s+(?<unit>(?i:"
                        + Words.anyOf(List.copyOf(agoUnits.keySet())) + "))\\s+(?i:"
                        + Words.anyOf(Words.list(language, "time-ago-words")) + ")\\b", needsPublished(this::ago)),
                Rule.of("month", "(?:(?<=\\b" + monthPreposition + "\\s{1,3})|\\b(?<mod>(?i:"
                        + Words.anyOf(monthModifiers) + "))(?:[-\\s]+" + inside + ")?[-\\s]+)" + names.monthRegex()
                        + "(?!\\s*\\d)", needsPublished(this::month)));
    }

    /** @return the rules, immutable */
    public List<Rule> all() {
        return rules;
    }

    private static Unit weekOrMonthUnit(String cell) {
        Unit unit = Unit.valueOf(cell);
        if (unit == Unit.DAY) {
            throw new IllegalArgumentException("expected WEEK or MONTH");
        }
        return unit;
    }

    private static Unit dayOrWeekUnit(String cell) {
        Unit unit = Unit.valueOf(cell);
        if (unit == Unit.MONTH) {
            throw new IllegalArgumentException("expected DAY or WEEK");
        }
        return unit;
    }

    private static Rule.Resolver needsPublished(Rule.Resolver resolver) {
        return (match, anchor) -> anchor.known() ? resolver.resolve(match, anchor) : null;
    }

    /** @return which occurrence the modifier asks for; no modifier, or one that says nothing, leaves it to the bias */
    private Shift shift(String modifier) {
        return modifier == null ? Shift.BIAS : occurrences.getOrDefault(Words.normalized(modifier), Shift.BIAS);
    }

    private DateMention weekday(Matcher m, Anchor anchor) {
        LocalDate date = anchor.weekday(names.weekday(m.group("weekday")), shift(m.group("mod")));
        return Rule.mention(m, date, TimePrecision.DAY, true);
    }

    /** "Overnight" and "last night" mean the night before publication, dated by the evening it began. */
    private DateMention dayWord(Matcher m, Anchor anchor) {
        LocalDate date = anchor.published().minusDays(dayWords.get(Words.normalized(m.group("word"))));
        return Rule.mention(m, date, TimePrecision.DAY, true);
    }

    private DateMention weekOrMonth(Matcher m, Anchor anchor) {
        int back = recent.get(Words.normalized(m.group("which")));
        LocalDate published = anchor.published();
        if (calendarUnits.get(Words.normalized(m.group("unit"))) == Unit.WEEK) {
            LocalDate date = anchor.dayInsideWeek(published.minusWeeks(back));
            return Rule.mention(m, date, TimePrecision.WEEK, true);
        }
        YearMonth month = YearMonth.from(published).minusMonths(back);
        return Rule.mention(m, anchor.dayInside(month), TimePrecision.MONTH, true);
    }

    private DateMention ago(Matcher m, Anchor anchor) {
        int count = names.count(m.group("count"));
        boolean days = agoUnits.get(Words.normalized(m.group("unit"))) == Unit.DAY;
        LocalDate date = days ? anchor.published().minusDays(count) : anchor.published().minusWeeks(count);
        return Rule.mention(m, date, days ? TimePrecision.DAY : TimePrecision.WEEK, true);
    }

    private DateMention month(Matcher m, Anchor anchor) {
        YearMonth month = anchor.month(names.month(m.group("month")), shift(m.group("mod")));
        return Rule.mention(m, anchor.dayInside(month), TimePrecision.MONTH, true);
    }
}
