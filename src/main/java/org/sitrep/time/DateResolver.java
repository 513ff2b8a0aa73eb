package org.sitrep.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.time.internal.Anchor;
import org.sitrep.time.internal.Attachment;
import org.sitrep.time.internal.MentionScanner;
import org.sitrep.time.internal.PeriodCues;
import org.sitrep.time.internal.Sentences;

/**
 * Finds date expressions in English news text and resolves them against the publication day.
 * Immutable and thread-safe.
 *
 * <p>What it reads, with the default past bias and an article of Monday 2020-12-21:
 * <ul>
 *   <li>weekdays, with a part of day or "last"/"late": "on Sunday", "Sunday night", "late Saturday"
 *       &rarr; the latest such day on or before publication ("Monday" is the publication day itself);</li>
 *   <li>a month and day without a year: "January 3", "3rd of January", "Jan. 3" &rarr; the latest
 *       occurrence up to {@link DateResolverConfig#futureSlackDays()} days after publication
 *       (2020-01-03; "December 23" stays in 2020);</li>
 *   <li>a month alone after a preposition or "early"/"late"/"last": "in October", "mid-October",
 *       "last month", "earlier this month" &rarr; {@link TimePrecision#MONTH}, dated the 15th
 *       (or the publication day when the 15th of the publication month is still to come);</li>
 *   <li>"last week", "this week", "earlier this week" &rarr; {@link TimePrecision#WEEK}, dated the
 *       Thursday of that Monday-to-Sunday week (the middle), or the publication day if earlier;</li>
 *   <li>"today", "tonight", "this morning" &rarr; the publication day; "yesterday", "last night",
 *       "overnight" &rarr; the day before (a night is dated by the evening it began);
 *       "two days ago", "a week ago";</li>
 *   <li>full dates: "2020-03-21", "21 March 2020", "March 21, 2020", "21/03/2020" (numeric dates
 *       only when day and month cannot be swapped), and "March 2019" (month precision).</li>
 * </ul>
 * Not read: years alone ("in 2019") and seasons, which fix no day, week or month; dates counted
 * from another event ("three days earlier"). Month and weekday names must be capitalised, so
 * "may" and "march" are not months; "Sunday Times" and "Bloody Sunday" are not weekdays.
 */
public final class DateResolver {
    private final DateResolverConfig config;
    private final MentionScanner scanner = new MentionScanner();

    /** A resolver with {@link DateResolverConfig#DEFAULT}. */
    public DateResolver() {
        this(DateResolverConfig.DEFAULT);
    }

    /**
     * @param config the settings
     * @throws NullPointerException if config is null
     */
    public DateResolver(DateResolverConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** @return the settings of this resolver */
    public DateResolverConfig config() {
        return config;
    }

    /**
     * Finds every date expression of a text.
     *
     * @param text      the text, not null
     * @param published the publication day, or null: then only expressions that fix a date by
     *                  themselves, with a year, are returned
     * @return the expressions in text order, none overlapping, offsets into {@code text}; immutable
     * @throws NullPointerException if text is null
     */
    public List<DateMention> find(String text, LocalDate published) {
        Objects.requireNonNull(text, "text");
        return scanner.scan(text, new Anchor(published, config));
    }

    /**
     * Finds the date of the event named at [anchorStart, anchorEnd), looking only inside its
     * sentence. A date syntactically attached to the trigger wins over a closer one: one with no
     * comma, conjunction or reporting verb in between ("attacked a checkpoint on Sunday"), or one
     * opening the sentence before a comma ("On Sunday, gunmen attacked"). Failing that, the closest
     * date in the sentence. Period starts ("since October") are never returned.
     *
     * @param text        the text
     * @param anchorStart start offset of the event trigger
     * @param anchorEnd   end offset of the event trigger
     * @param published   the publication day, or null
     * @return the event's date, or empty when the sentence has none
     * @throws NullPointerException      if text is null
     * @throws IndexOutOfBoundsException if the trigger is not a range inside the text
     */
    public Optional<DateMention> resolveNear(String text, int anchorStart, int anchorEnd, LocalDate published) {
        Objects.checkFromToIndex(anchorStart, anchorEnd, Objects.requireNonNull(text, "text").length());
        int[] sentence = Sentences.around(text, anchorStart);
        List<DateMention> events = find(text.substring(sentence[0], sentence[1]), published).stream()
                .map(m -> new DateMention(m.start() + sentence[0], m.end() + sentence[0], m.date(), m.precision(),
                        m.relative()))
                .filter(m -> !isPeriodStart(text, m))
                .toList();
        return Attachment.choose(text, sentence, events, anchorStart, anchorEnd);
    }

    /**
     * Tells a period start from an event date: "since October", "from 21 March", "ever since last
     * week", "between January and ...". A count given for such a period is an aggregate, not one event.
     *
     * @param text    the text the mention was found in
     * @param mention a mention from {@link #find}
     * @return true when the mention is preceded by "since", "from", "starting (in|on|from)",
     *         "beginning (in|on)" or "between"
     */
    public boolean isPeriodStart(String text, DateMention mention) {
        return PeriodCues.precedes(text, mention.start());
    }

    /**
     * Tells whether a range of text, say a sentence, speaks of a period since some date, including
     * the years and seasons that {@link #find} skips: "since 2009", "since fall 2019",
     * "since October".
     *
     * @param text      the text
     * @param from      start of the range
     * @param to        end of the range
     * @param published the publication day, or null
     * @return true when the range holds a period start
     * @throws NullPointerException      if text is null
     * @throws IndexOutOfBoundsException if the range is not inside the text
     */
    public boolean hasPeriodStart(String text, int from, int to, LocalDate published) {
        Objects.checkFromToIndex(from, to, text.length());
        return PeriodCues.startsWithYear(text, from, to)
                || find(text.substring(0, to), published).stream()
                .anyMatch(m -> m.start() >= from && isPeriodStart(text, m));
    }

    /**
     * Reads a publication date given as an ISO 8601 date ("2020-12-21") or date-time
     * ("2020-12-21T08:15:00Z", "2020-12-21T08:15:00+03:00", "2020-12-21T08:15:00"). The date is
     * the one written, not converted to another time zone: that is the local day the article refers to.
     *
     * @param iso the text, surrounding blanks ignored
     * @return the date
     * @throws DateFormatException if it is null or in another format
     */
    public static LocalDate parsePublished(String iso) {
        if (iso == null) {
            throw new DateFormatException(null, null);
        }
        String trimmed = iso.strip();
        try {
            if (trimmed.length() == "YYYY-MM-DD".length()) {
                return LocalDate.parse(trimmed);
            }
            return OffsetDateTime.parse(trimmed).toLocalDate();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(trimmed).toLocalDate();
            } catch (DateTimeParseException e) {
                throw new DateFormatException(iso, notOffset);
            }
        }
    }
}
