package org.sitrep.eval;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sitrep.extract.Event;
import org.sitrep.util.GeoMath;

/**
 * Pairs the predicted events of one article with its gold events, one to one, by the rules of {@code formats.md}.
 *
 * <p>A predicted event may match a gold event when
 * <ul>
 *   <li>the {@code event_type} is the same (a gold event without one matches nothing);</li>
 *   <li>the dates are at most {@link MatchRules#dayToleranceDays()} apart, or
 *       {@link MatchRules#weekToleranceDays()} when the gold time precision is 2, or fall in the same month when
 *       it is 3 (a gold event without a precision is treated as precision 1);</li>
 *   <li>where both have coordinates, the points are at most {@link MatchRules#matchRadiusKm()} apart.</li>
 * </ul>
 * A <b>null date on either side</b> does not forbid a match: like missing coordinates, it is a rule that cannot
 * be checked. Such a pair sorts after every pair with two dates, so dated pairs are matched first, and the
 * {@code event_date} field of the pair is then scored wrong when gold has a date.
 *
 * <p>Greedy by date distance: candidate pairs are taken in order of increasing distance in days (then distance
 * in km, unknown last; then gold order; then predicted order), skipping any pair whose gold or predicted event is
 * already taken. Thread-safe.
 */
public final class EventMatcher {
    private static final long UNKNOWN = Long.MAX_VALUE;

    /**
     * A matched pair.
     *
     * @param gold      the gold event
     * @param predicted the predicted event
     */
    public record Pair(GoldEvent gold, Event predicted) {
    }

    /**
     * The outcome of matching one article.
     *
     * @param pairs              matched pairs, in gold order
     * @param unmatchedGold      gold events no prediction matched (missed), in gold order
     * @param unmatchedPredicted predictions that matched no gold event (spurious), in predicted order
     */
    public record Matching(List<Pair> pairs, List<GoldEvent> unmatchedGold, List<Event> unmatchedPredicted) {
        /** Copies the lists. */
        public Matching {
            pairs = List.copyOf(pairs);
            unmatchedGold = List.copyOf(unmatchedGold);
            unmatchedPredicted = List.copyOf(unmatchedPredicted);
        }
    }

    private record Candidate(int gold, int predicted, long days, double km) {
    }

    private static final Comparator<Candidate> GREEDY_ORDER = Comparator.comparingLong(Candidate::days)
            .thenComparingDouble(Candidate::km)
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::predicted);

    private final MatchRules rules;

    /** A matcher with {@link MatchRules#DEFAULT}. */
    public EventMatcher() {
        this(MatchRules.DEFAULT);
    }

    /**
     * @param rules the tolerances
     * @throws NullPointerException if rules is null
     */
    public EventMatcher(MatchRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * @param gold      the gold events of one article
     * @param predicted the predicted events of the same article
     * @return the one-to-one matching
     * @throws NullPointerException if a list or an element is null
     */
    public Matching match(List<GoldEvent> gold, List<Event> predicted) {
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (matches(gold.get(g), predicted.get(p))) {
                    candidates.add(new Candidate(g, p, days(gold.get(g), predicted.get(p)),
                            km(gold.get(g), predicted.get(p))));
                }
            }
        }
        candidates.sort(GREEDY_ORDER);
        Pair[] pairOfGold = new Pair[gold.size()];
        boolean[] taken = new boolean[predicted.size()];
        for (Candidate c : candidates) {
            if (pairOfGold[c.gold()] == null && !taken[c.predicted()]) {
                pairOfGold[c.gold()] = new Pair(gold.get(c.gold()), predicted.get(c.predicted()));
                taken[c.predicted()] = true;
            }
        }
        return collect(gold, predicted, pairOfGold, taken);
    }

    /**
     * @param gold      a gold event
     * @param predicted a predicted event of the same article
     * @return true when the two may be matched (type, date and distance rules; see the class comment)
     */
    public boolean matches(GoldEvent gold, Event predicted) {
        double km = km(gold, predicted);
        return Objects.equals(gold.eventType(), predicted.eventType())
                && datesAgree(gold, predicted)
                && (Double.isInfinite(km) || km <= rules.matchRadiusKm());
    }

    private boolean datesAgree(GoldEvent gold, Event predicted) {
        if (gold.eventDate() == null || predicted.eventDate() == null) {
            return true;
        }
        if (gold.isMonthPrecision()) {
            return gold.eventMonth().equals(YearMonth.from(predicted.eventDate()));
        }
        boolean week = gold.timePrecision() != null && gold.timePrecision() == 2;
        return days(gold, predicted) <= (week ? rules.weekToleranceDays() : rules.dayToleranceDays());
    }

    private static long days(GoldEvent gold, Event predicted) {
        if (gold.eventDate() == null || predicted.eventDate() == null) {
            return UNKNOWN;
        }
        return Math.abs(ChronoUnit.DAYS.between(gold.eventDate(), predicted.eventDate()));
    }

    /** @return the distance in km, or positive infinity when either side lacks coordinates */
    private static double km(GoldEvent gold, Event predicted) {
        if (!gold.hasCoordinates() || predicted.latitude() == null || predicted.longitude() == null) {
            return Double.POSITIVE_INFINITY;
        }
        return GeoMath.distanceKm(gold.latitude(), gold.longitude(), predicted.latitude(), predicted.longitude());
    }

    private static Matching collect(List<GoldEvent> gold, List<Event> predicted, Pair[] pairOfGold,
                                    boolean[] taken) {
        List<Pair> pairs = new ArrayList<>();
        List<GoldEvent> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (pairOfGold[g] == null) {
                missed.add(gold.get(g));
            } else {
                pairs.add(pairOfGold[g]);
            }
        }
        List<Event> spurious = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (!taken[p]) {
                spurious.add(predicted.get(p));
            }
        }
        return new Matching(pairs, missed, spurious);
    }
}
