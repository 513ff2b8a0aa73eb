package org.sitrep.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.lang.Language;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;
import org.sitrep.time.internal.Anchor;
import org.sitrep.time.internal.Attachment;
import org.sitrep.time.internal.MentionScanner;
import org.sitrep.time.internal.PeriodCues;

/**
 * Finds date expressions in news text and resolves them against the publication day: the rule-based
 * {@link EventDater}. Its words (month and weekday names, "yesterday", "last week", period cues, clause
 * breaks) come from the {@code time-*} resources of a language bundle. Immutable and thread-safe.
 *
 * <p>What it reads with the English bundle, the default past bias and an article of Monday 2020-12-21:
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
public final class DateResolver implements EventDater {
    private final DateResolverConfig config;
    private final MentionScanner scanner;
    private final PeriodCues periods;
    private final Attachment attachment;

    /**
     * A resolver with {@link DateResolverConfig#DEFAULT}.
     *
     * @param language the bundle whose month and weekday names, relative day words and cues are read
     * @throws NullPointerException if language is null
     * @throws org.sitrep.lang.LanguageException if a {@code time-*} resource of the bundle is missing or malformed
     */
    public DateResolver(Language language) {
        this(DateResolverConfig.DEFAULT, language);
    }

    /**
     * @param config   the settings
     * @param language the bundle whose month and weekday names, relative day words and cues are read
     * @throws NullPointerException if config or language is null
     * @throws org.sitrep.lang.LanguageException if a {@code time-*} resource of the bundle is missing or malformed
     */
    public DateResolver(DateResolverConfig config, Language language) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(language, "language");
        this.scanner = new MentionScanner(language);
        this.periods = new PeriodCues(language);
        this.attachment = new Attachment(language);
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
     * {@inheritDoc}
     *
     * <p>A date syntactically attached to the trigger wins over a closer one: one with no comma,
     * conjunction or reporting verb in between ("attacked a checkpoint on Sunday"), or one opening the
     * sentence before a comma ("On Sunday, gunmen attacked"). Failing that, the closest date in the
     * sentence. Period starts ("since October") are never returned. The sentence is the annotated
     * document's, as the event was read from it; no second split narrows it.
     */
    @Override
    public Optional<DateMention> resolveNear(String text, Sentence sentence, Span trigger, LocalDate published) {
        Objects.requireNonNull(text, "text");
        Objects.checkFromToIndex(sentence.start(), sentence.end(), text.length());
        Objects.checkFromToIndex(trigger.start(), trigger.end(), sentence.end());
        if (trigger.start() < sentence.start()) {
            throw new IndexOutOfBoundsException("trigger " + trigger + " starts before its sentence at "
                    + sentence.start());
        }
        // Scanning the sentence alone keeps every rule's look-behind and word boundary inside it.
        String inside = sentence.text(text);
        int offset = sentence.start();
        List<DateMention> events = find(inside, published).stream()
                .filter(m -> !periods.precedes(inside, m.start()))
                .toList();
        return attachment.choose(inside, events, trigger.start() - offset, trigger.end() - offset)
                .map(m -> shifted(m, offset));
    }

    /** {@inheritDoc} The cue must stand inside the sentence, right before the date. */
    @Override
    public boolean isPeriodStart(String text, Sentence sentence, DateMention mention) {
        Objects.requireNonNull(text, "text");
        Objects.checkFromToIndex(sentence.start(), sentence.end(), text.length());
        if (mention.start() < sentence.start() || mention.end() > sentence.end()) {
            throw new IndexOutOfBoundsException("date " + mention + " is not inside its sentence ["
                    + sentence.start() + ", " + sentence.end() + ")");
        }
        return periods.precedes(sentence.text(text), mention.start() - sentence.start());
    }

    private static DateMention shifted(DateMention m, int offset) {
        return new DateMention(m.start() + offset, m.end() + offset, m.date(), m.precision(), m.relative());
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
        return periods.precedes(text, mention.start());
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
        return periods.startsWithYear(text, from, to)
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
