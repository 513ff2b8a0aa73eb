package org.sitrep.time.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import org.sitrep.lang.Language;
import org.sitrep.time.DateMention;
import org.sitrep.time.TimePrecision;

/**
 * Dates written with their month: ISO and numeric dates, "21 March 2020", "March 21",
 * "March 2019". A month and day without a year needs the publication day; the rest do not.
 */
public final class AbsoluteRules {
    private static final String NOT_A_NUMBER_GOING_ON = "(?![.,:]\\d|\\s*%)";

    private final Names names;
    private final List<Rule> rules;

    /**
     * @param language the bundle: {@code time-joining-words} ("3rd of January") and {@code time-month-part-words}
     *                 ("early March 2019") besides the calendar names
     * @param names    the calendar names of the same bundle
     * @throws org.sitrep.lang.LanguageException if a resource is missing or malformed
     */
    public AbsoluteRules(Language language, Names names) {
        this.names = names;
        String of = Words.anyOf(Words.list(language, "time-joining-words"));
        String monthPart = Words.anyOf(Words.list(language, "time-month-part-words"));
        String optionalYear = "(?:,?\\s+" + names.yearRegex() + ")?";
        String month = names.monthRegex();
        String weekdayPrefix = names.weekdayPrefixRegex();
        rules = List.of(
                Rule.of("iso", "\\b(?<y>\\d{4})-(?<m>\\d\\d)-(?<d>\\d\\d)(?![\\d-])", AbsoluteRules::iso),
                Rule.of("numeric", "\\b(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>(?:19|20)\\d\\d)\\b",
                        AbsoluteRules::numeric),
                Rule.of("day-month", weekdayPrefix + "\\b" + names.dayRegex() + "(?:\\s+" + of + ")?\\s+" + month
                        + optionalYear, this::dayOfMonth),
                Rule.of("month-day", weekdayPrefix + month + "\\s+" + names.dayRegex() + NOT_A_NUMBER_GOING_ON
                        + optionalYear, this::dayOfMonth),
                Rule.of("month-year", "(?:\\b(?i:" + monthPart + ")[-\\s]+)?" + month + ",?\\s+(?:" + of + "\\s+)?"
                        + names.yearRegex(), this::monthOfYear));
    }

    /** @return the rules, immutable */
    public List<Rule> all() {
        return rules;
    }

    private static DateMention iso(Matcher m, Anchor anchor) {
        return Rule.mention(m, date(number(m, "y"), number(m, "m"), number(m, "d")), TimePrecision.DAY, false);
    }

    /** Day first or month first cannot be told apart unless one of them is above 12 or both agree. */
    private static DateMention numeric(Matcher m, Anchor anchor) {
        int a = number(m, "a");
        int b = number(m, "b");
        int year = number(m, "y");
        LocalDate date = null;
        if (a > 12 || a == b) {
            date = date(year, b, a);
        } else if (b > 12) {
            date = date(year, a, b);
        }
        return Rule.mention(m, date, TimePrecision.DAY, false);
    }

    private DateMention dayOfMonth(Matcher m, Anchor anchor) {
        Month month = names.month(m.group("month"));
        int day = number(m, "day");
        if (m.group("year") != null) {
            return Rule.mention(m, date(number(m, "year"), month.getValue(), day), TimePrecision.DAY, false);
        }
        return anchor.known() ? Rule.mention(m, anchor.monthDay(month, day), TimePrecision.DAY, true) : null;
    }

    private DateMention monthOfYear(Matcher m, Anchor anchor) {
        YearMonth month = YearMonth.of(number(m, "year"), names.month(m.group("month")));
        return Rule.mention(m, anchor.dayInside(month), TimePrecision.MONTH, false);
    }

    /** @return the day, or null when there is no such day (2020-02-30) */
    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
