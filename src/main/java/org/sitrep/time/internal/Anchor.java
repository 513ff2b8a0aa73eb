package org.sitrep.time.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.sitrep.time.DateResolverConfig;
import org.sitrep.time.TenseBias;

/**
 * Calendar arithmetic relative to a publication day. Immutable.
 *
 * <p>Incomplete dates are resolved by trying the publication year and its two neighbours and
 * keeping the candidate the tense bias prefers, so that "January 1" in an article of
 * 31 December may land in the next year when it is within the future slack.
 */
public final class Anchor {
    /** Day used for a month known only as a whole. */
    static final int MID_MONTH = 15;

    private final LocalDate published;
    private final DateResolverConfig config;

    /**
     * @param published the publication day, or null when unknown
     * @param config    the resolver settings
     */
    public Anchor(LocalDate published, DateResolverConfig config) {
        this.published = published;
        this.config = Objects.requireNonNull(config, "config");
    }

    /** @return true when there is a publication day to resolve relative dates against */
    public boolean known() {
        return published != null;
    }

    /** @return the publication day, or null when unknown */
    public LocalDate published() {
        return published;
    }

    /**
     * @param day   the weekday named
     * @param shift the word in front of it
     * @return the day meant: under past bias the latest such day on or before publication
     */
    public LocalDate weekday(DayOfWeek day, Shift shift) {
        int back = Math.floorMod(published.getDayOfWeek().getValue() - day.getValue(), 7);
        return switch (shift) {
            case LAST -> published.minusDays(back == 0 ? 7 : back);
            case NEXT -> published.plusDays(7 - back);
            case BIAS, THIS -> config.tenseBias() == TenseBias.PAST || back <= 3
                    ? published.minusDays(back) : published.plusDays(7 - back);
        };
    }

    /**
     * @param month the month named
     * @param day   the day of the month
     * @return the day meant, or null when no neighbouring year has that day (February 30)
     */
    public LocalDate monthDay(Month month, int day) {
        List<LocalDate> candidates = new ArrayList<>();
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            if (day >= 1 && YearMonth.of(year, month).isValidDay(day)) {
                candidates.add(LocalDate.of(year, month, day));
            }
        }
        LocalDate latest = published.plusDays(config.futureSlackDays());
        return pick(candidates, d -> !d.isAfter(latest), d -> ChronoUnit.DAYS.between(published, d));
    }

    /**
     * @param month the month named
     * @param shift the word in front of it
     * @return the month meant: under past bias the latest such month up to the publication month
     */
    public YearMonth month(Month month, Shift shift) {
        YearMonth now = YearMonth.from(published);
        List<YearMonth> candidates = List.of(
                YearMonth.of(now.getYear() - 1, month), YearMonth.of(now.getYear(), month),
                YearMonth.of(now.getYear() + 1, month));
        return switch (shift) {
            case LAST -> candidates.stream().filter(now::isAfter).max(Comparator.naturalOrder()).orElseThrow();
            case NEXT -> candidates.stream().filter(now::isBefore).min(Comparator.naturalOrder()).orElseThrow();
            case THIS -> candidates.get(1);
            case BIAS -> pick(candidates, m -> !m.isAfter(now), m -> ChronoUnit.MONTHS.between(now, m));
        };
    }

    /**
     * @param month a month
     * @return the day that stands for the whole month: the 15th, or the publication day when the
     *         month is the publication month and the 15th is still to come
     */
    public LocalDate dayInside(YearMonth month) {
        LocalDate mid = month.atDay(MID_MONTH);
        return published != null && mid.isAfter(published) && month.equals(YearMonth.from(published))
                ? published : mid;
    }

    /**
     * @param anyDay a day of an ISO week (Monday to Sunday)
     * @return the day that stands for the whole week: its Thursday, the middle, so every day of
     *         the week is within three days; or the publication day when the Thursday is later
     */
    public LocalDate dayInsideWeek(LocalDate anyDay) {
        LocalDate thursday = anyDay.with(DayOfWeek.THURSDAY);
        return published != null && thursday.isAfter(published) ? published : thursday;
    }

    /** Past bias keeps the latest allowed candidate; nearest bias the closest, earlier on ties. */
    private <T extends Comparable<? super T>> T pick(List<T> candidates, Predicate<T> allowedInPast,
                                             ToLongFunction<T> offset) {
        if (config.tenseBias() == TenseBias.PAST) {
            return candidates.stream().filter(allowedInPast).max(Comparator.naturalOrder()).orElse(null);
        }
        return candidates.stream()
                .min(Comparator.<T>comparingLong(c -> Math.abs(offset.applyAsLong(c))).thenComparing(c -> c))
                .orElse(null);
    }
}
