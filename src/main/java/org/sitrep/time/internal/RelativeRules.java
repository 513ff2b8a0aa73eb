package org.sitrep.time.internal;

import static org.sitrep.time.internal.Names.MONTH;
import static org.sitrep.time.internal.Names.NUMBER;
import static org.sitrep.time.internal.Names.PART_OF_DAY;
import static org.sitrep.time.internal.Names.WEEKDAY;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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
    private static final String NAMED_DAY_BEFORE =
            "(?<!\\b(?:Bloody|Black|Good|Easter|Palm|Super|Ash|Holy|Maundy|Cyber|Whit|Shrove)\\s)";
    private static final String NEWSPAPER_AFTER = "(?!\\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail"
            + "|Tribune|Independent|Observer|Star|Sun|Sport|People|Business|Edition)\\b)";
    private static final String OCCURRENCE = "(?i:last|past|this|next|early|late|earlier|later)";
    private static final String EARLY_OR_LATE = "(?:\\b(?i:early|late|earlier|later)\\s+)?";
    private static final String DAY_WORD = "(?<!USA\\s)\\b(?<word>(?i:yesterday|today|tonight|overnight"
            + "|last\\s+night|this\\s+(?:morning|afternoon|evening)))\\b";
    /** Prepositions that show a bare month name is a date ("in May"), not a name ("Theresa May"). */
    private static final String MONTH_PREPOSITION =
            "(?i:in|during|since|until|till|through|throughout|from|before|after|of)";

    private static final List<Rule> RULES = List.of(
            Rule.of("weekday", NAMED_DAY_BEFORE + "(?:\\b(?<mod>" + OCCURRENCE + ")(?:\\s+on)?\\s+)?" + WEEKDAY
                    + NEWSPAPER_AFTER + PART_OF_DAY, needsPublished(RelativeRules::weekday)),
            Rule.of("day-word", EARLY_OR_LATE + DAY_WORD + PART_OF_DAY, needsPublished(RelativeRules::dayWord)),
            Rule.of("week-or-month", EARLY_OR_LATE + "(?:(?i:in)\\s+)?\\b(?<which>(?i:last|this))\\s+"
                    + "(?<unit>(?i:week|month))\\b", needsPublished(RelativeRules::weekOrMonth)),
            Rule.of("ago", "\\b" + NUMBER + "\\s+(?<unit>(?i:days?|weeks?))\\s+(?i:ago)\\b",
                    needsPublished(RelativeRules::ago)),
            Rule.of("month", "(?:(?<=\\b" + MONTH_PREPOSITION + "\\s{1,3})|\\b(?<mod>" + OCCURRENCE + "|(?i:mid))"
                    + "(?:[-\\s]+(?i:in))?[-\\s]+)" + MONTH + "(?!\\s*\\d)", needsPublished(RelativeRules::month)));

    private RelativeRules() {
    }

    /** @return the rules, immutable */
    public static List<Rule> all() {
        return RULES;
    }

    private static Rule.Resolver needsPublished(Rule.Resolver resolver) {
        return (match, anchor) -> anchor.known() ? resolver.resolve(match, anchor) : null;
    }

    private static DateMention weekday(Matcher m, Anchor anchor) {
        LocalDate date = anchor.weekday(Names.weekday(m.group("weekday")), Shift.of(m.group("mod")));
        return Rule.mention(m, date, TimePrecision.DAY, true);
    }

    /** "Overnight" and "last night" mean the night before publication, dated by the evening it began. */
    private static DateMention dayWord(Matcher m, Anchor anchor) {
        String word = m.group("word").toLowerCase(Locale.ROOT);
        boolean dayBefore = word.equals("yesterday") || word.equals("overnight") || word.startsWith("last");
        LocalDate date = dayBefore ? anchor.published().minusDays(1) : anchor.published();
        return Rule.mention(m, date, TimePrecision.DAY, true);
    }

    private static DateMention weekOrMonth(Matcher m, Anchor anchor) {
        boolean last = m.group("which").equalsIgnoreCase("last");
        LocalDate published = anchor.published();
        if (m.group("unit").equalsIgnoreCase("week")) {
            LocalDate date = anchor.dayInsideWeek(last ? published.minusWeeks(1) : published);
            return Rule.mention(m, date, TimePrecision.WEEK, true);
        }
        YearMonth month = YearMonth.from(published).minusMonths(last ? 1 : 0);
        return Rule.mention(m, anchor.dayInside(month), TimePrecision.MONTH, true);
    }

    private static DateMention ago(Matcher m, Anchor anchor) {
        int count = Names.count(m.group("count"));
        boolean days = m.group("unit").toLowerCase(Locale.ROOT).startsWith("day");
        LocalDate date = days ? anchor.published().minusDays(count) : anchor.published().minusWeeks(count);
        return Rule.mention(m, date, days ? TimePrecision.DAY : TimePrecision.WEEK, true);
    }

    private static DateMention month(Matcher m, Anchor anchor) {
        YearMonth month = anchor.month(Names.month(m.group("month")), Shift.of(m.group("mod")));
        return Rule.mention(m, anchor.dayInside(month), TimePrecision.MONTH, true);
    }
}
