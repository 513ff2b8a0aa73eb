package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.extract.Factuality;
import org.sitrep.extract.Mention;
import org.sitrep.extract.MentionMerger;
import org.sitrep.extract.SubEventType;
import org.sitrep.extract.Trigger;
import org.sitrep.geo.FeatureKind;
import org.sitrep.geo.PlaceMention;
import org.sitrep.time.DateMention;
import org.sitrep.time.TimePrecision;
import org.sitrep.util.GeoMath;

/**
 * Groups the mentions of one article into events: one attack reported through several sentences (rockets
 * heard, sirens, damage, casualties) is one event; incidents on different days or in places far apart stay
 * apart.
 *
 * <p>Mentions that can found an event (asserted, and specific, dated or with casualties) are placed first,
 * dated ones before undated ones; the others can only join an event. An undated mention joins the event
 * the article is about: of the compatible events, the one with the latest date (the news peg).
 */
public final class MentionMergeRules implements MentionMerger {
    /** Two sites further apart than this are different events, in km. */
    public static final double DEFAULT_MAX_DISTANCE_KM = 50.0;

    /** The rules need no word lists: they compare the mentions' types, dates and places. */
    public MentionMergeRules() {
    }

    /**
     * @param mentions every mention of one article, in text order
     * @return the events, each a non-empty list of mentions in text order; in order of first mention
     */
    @Override
    public List<List<Mention>> merge(List<Mention> mentions) {
        List<Cluster> clusters = new ArrayList<>();
        List<Mention> ordered = new ArrayList<>(mentions.stream().filter(MentionMergeRules::reportsSomething).toList());
        ordered.sort(Comparator.comparingInt(MentionMergeRules::rank));
        for (Mention m : ordered) {
            Cluster target = choose(clusters, m);
            if (target != null) {
                target.add(m);
            } else if (m.canFound()) {
                clusters.add(new Cluster(m));
            }
        }
        if (clusters.isEmpty()) {
            mentions.stream().filter(m -> m.factuality() == Factuality.ASSERTED).findFirst()
                    .ifPresent(m -> clusters.add(new Cluster(m)));
        }
        clusters.sort(Comparator.comparingInt(c -> c.mentions.stream().mapToInt(Mention::sentence).min().orElse(0)));
        List<List<Mention>> out = new ArrayList<>();
        for (Cluster c : clusters) {
            List<Mention> list = new ArrayList<>(c.mentions);
            list.sort(Comparator.comparingInt(Mention::sentence));
            out.add(List.copyOf(list));
        }
        return out;
    }

    /** Threats, conditions, denials, totals and habits say nothing about a particular event. */
    private static boolean reportsSomething(Mention m) {
        return switch (m.factuality()) {
            case ASSERTED, REFERENCED, QUOTED, BACKGROUND -> true;
            case NEGATED, HYPOTHETICAL, AGGREGATE, GENERIC -> false;
        };
    }

    private static int rank(Mention m) {
        if (!m.canFound()) {
            return 3;
        }
        if (m.date() != null && m.trigger().specific()) {
            return 0;
        }
        return m.date() != null ? 1 : 2;
    }

    private static Cluster choose(List<Cluster> clusters, Mention m) {
        Cluster best = null;
        for (Cluster c : clusters) {
            if (!c.accepts(m)) {
                continue;
            }
            if (best == null || c.preferredOver(best, m)) {
                best = c;
            }
        }
        return best;
    }

    /** An event under construction. */
    private static final class Cluster {
        private final List<Mention> mentions = new ArrayList<>();
        private final Mention founder;

        Cluster(Mention founder) {
            this.founder = founder;
            mentions.add(founder);
        }

        void add(Mention m) {
            mentions.add(m);
        }

        DateMention date() {
            return mentions.stream().map(Mention::date).filter(d -> d != null)
                    .min(Comparator.comparingInt(d -> d.precision().code())).orElse(null);
        }

        PlaceMention place() {
            return mentions.stream().filter(Mention::canFound).map(Mention::place).filter(p -> p != null)
                    .findFirst().orElse(null);
        }

        boolean accepts(Mention m) {
            // A mention that cannot found an event ("this attack") names places only in passing.
            PlaceMention theirs = m.canFound() ? m.place() : null;
            return typeCompatible(m) && datesCompatible(date(), m.date()) && placesCompatible(place(), theirs);
        }

        private boolean typeCompatible(Mention m) {
            Trigger.Group group = founder.trigger().group();
            if (group != m.trigger().group()) {
                return false;
            }
            return switch (group) {
                case VIOLENCE -> violenceCompatible(founder.trigger(), m.trigger());
                case DEMONSTRATION -> true;
                case STRATEGIC -> founder.trigger().type() == m.trigger().type();
            };
        }

        /**
         * Two specific reports must agree on the sub-event type; a generic word joins an event of its own
         * family ("explosion" joins a shelling), and "attack" or "killed", which have no family, join any.
         */
        private static boolean violenceCompatible(Trigger a, Trigger b) {
            if (a.specific() && b.specific()) {
                return a.type() == b.type();
            }
            return a.type().eventType() == b.type().eventType() || familyless(a) || familyless(b);
        }

        private static boolean familyless(Trigger t) {
            return !t.specific() && (t.type() == SubEventType.ARMED_CLASH || t.type() == SubEventType.ATTACK);
        }

        boolean preferredOver(Cluster other, Mention m) {
            DateMention mine = date();
            DateMention theirs = other.date();
            if (m.date() != null) {
                return mine != null && (theirs == null || distance(mine, m.date()) < distance(theirs, m.date()));
            }
            if (mine == null || theirs == null) {
                return theirs == null && mine != null;
            }
            return mine.date().isAfter(theirs.date());
        }

        private static long distance(DateMention a, DateMention b) {
            return Math.abs(a.date().toEpochDay() - b.date().toEpochDay());
        }
    }

    private static boolean datesCompatible(DateMention a, DateMention b) {
        if (a == null || b == null) {
            return true;
        }
        TimePrecision coarser = a.precision().code() >= b.precision().code() ? a.precision() : b.precision();
        return switch (coarser) {
            case DAY -> a.date().equals(b.date());
            case WEEK -> Math.abs(a.date().toEpochDay() - b.date().toEpochDay()) <= 6;
            case MONTH -> a.date().getYear() == b.date().getYear() && a.date().getMonth() == b.date().getMonth();
        };
    }

    private static boolean placesCompatible(PlaceMention a, PlaceMention b) {
        if (a == null || b == null) {
            return true;
        }
        if (!a.place().countryCode().equals(b.place().countryCode())) {
            return false;
        }
        if (coarse(a) || coarse(b)) {
            return true;
        }
        return GeoMath.distanceKm(a.place().latitude(), a.place().longitude(), b.place().latitude(),
                b.place().longitude()) <= DEFAULT_MAX_DISTANCE_KM;
    }

    private static boolean coarse(PlaceMention p) {
        return p.place().feature() == FeatureKind.COUNTRY || p.place().feature() == FeatureKind.ADMIN1;
    }
}
