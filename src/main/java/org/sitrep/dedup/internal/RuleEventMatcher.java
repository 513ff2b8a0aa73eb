package org.sitrep.dedup.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.dedup.Candidate;
import org.sitrep.dedup.DayRange;
import org.sitrep.dedup.DedupConfig;
import org.sitrep.dedup.Distance;
import org.sitrep.dedup.EventMatcher;
import org.sitrep.dedup.Verdict;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventType;

/**
 * Today's rules for whether two reports describe one real-world event. They do when all of these hold:
 * <ul>
 * <li>the same event type and the same sub-event type (a rocket attack and a suicide bombing in one city are
 *     two events, even on one day);</li>
 * <li>their date ranges (see {@link DayRange}) overlap or lie within the day tolerance;</li>
 * <li>both are located at town or site precision and lie within the distance limit, or one is only located to
 *     a region (precision 3) or not at all, and they agree on country and, where both name it, admin1;</li>
 * <li>their actors are compatible: unknown or "Unidentified" matches anything, otherwise one name contains the
 *     other; in battles the two sides may be named in either order;</li>
 * <li>their casualty figures are compatible: both unknown, or within a factor of two plus three, or the higher
 *     figure comes from a report published on a later day (a rising toll).</li>
 * </ul>
 */
public final class RuleEventMatcher implements EventMatcher {
    private final DedupConfig config;

    /** @param config the tolerances */
    public RuleEventMatcher(DedupConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public Verdict judge(Candidate stored, Event report, LocalDate published) {
        Event s = stored.event();
        if (!s.eventType().equals(report.eventType()) || !s.subEventType().equals(report.subEventType())) {
            return Verdict.no("different sub-event types: " + s.subEventType() + " vs " + report.subEventType());
        }
        DayRange a = DayRange.of(s);
        DayRange b = DayRange.of(report);
        long days = a == null || b == null ? -1 : a.gap(b, config.dayTolerance());
        if (days < 0) {
            return Verdict.no("dates too far apart: " + s.eventDate() + " vs " + report.eventDate());
        }
        double km = placeGap(s, report);
        if (Double.isNaN(km)) {
            return Verdict.no("places incompatible: " + where(s) + " vs " + where(report));
        }
        if (!actorsCompatible(s, report)) {
            return Verdict.no("actors incompatible: " + s.actor1() + "/" + s.actor2() + " vs " + report.actor1() + "/"
                    + report.actor2());
        }
        String casualties = casualtyConflict(stored, report, published);
        if (casualties != null) {
            return Verdict.no(casualties);
        }
        String place = km < 0 ? "same region " + where(report) : String.format(Locale.ROOT, "%.1f km apart", km);
        return new Verdict(true, days + Math.max(0, km) / config.maxDistanceKm(),
                "same event: " + s.subEventType() + ", " + days + " day(s) apart, " + place + ", actors compatible");
    }

    /** @return the distance in km, -1 when matched by region, NaN when the places are incompatible */
    private double placeGap(Event s, Event r) {
        if (!EventMatcher.coarse(s) && !EventMatcher.coarse(r)) {
            double km = Distance.km(s.latitude(), s.longitude(), r.latitude(), r.longitude());
            return km <= config.maxDistanceKm() ? km : Double.NaN;
        }
        boolean sameCountry = s.country() != null && s.country().equalsIgnoreCase(r.country() == null ? "" : r.country());
        boolean admin1Agrees = s.admin1() == null || r.admin1() == null || s.admin1().equalsIgnoreCase(r.admin1());
        return sameCountry && admin1Agrees ? -1 : Double.NaN;
    }

    private static boolean actorsCompatible(Event s, Event r) {
        boolean straight = compatible(s.actor1(), r.actor1()) && compatible(s.actor2(), r.actor2());
        boolean swapped = EventType.BATTLES.label().equals(s.eventType())
                && compatible(s.actor1(), r.actor2()) && compatible(s.actor2(), r.actor1());
        return straight || swapped;
    }

    private static boolean compatible(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.startsWith("unidentified") || y.startsWith("unidentified") || x.contains(y) || y.contains(x);
    }

    private static String casualtyConflict(Candidate stored, Event r, LocalDate published) {
        String deaths = figureConflict("fatalities", stored.event().fatalities(), r.fatalities(), stored, published);
        return deaths != null ? deaths
                : figureConflict("injuries", stored.event().injuries(), r.injuries(), stored, published);
    }

    private static String figureConflict(String field, Integer stored, Integer reported, Candidate c,
                                         LocalDate published) {
        if (stored == null || reported == null) {
            return null;
        }
        int lo = Math.min(stored, reported);
        int hi = Math.max(stored, reported);
        if (hi <= 2 * lo + 3) {
            return null;
        }
        boolean risingLater = reported > stored && published != null && c.lastPublished() != null
                && published.isAfter(c.lastPublished());
        boolean lowerEarlier = reported < stored && published != null && c.firstPublished() != null
                && published.isBefore(c.firstPublished());
        return risingLater || lowerEarlier ? null
                : field + " too different for one event: " + stored + " vs " + reported;
    }

    private static String where(Event e) {
        return e.location() + " (" + e.admin1() + ", " + e.country() + ")";
    }
}
