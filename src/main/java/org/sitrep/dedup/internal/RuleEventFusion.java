package org.sitrep.dedup.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.dedup.Candidate;
import org.sitrep.dedup.EventFusion;
import org.sitrep.dedup.Fused;
import org.sitrep.extract.Event;

/**
 * Today's rules for folding a new report into a known event, field by field:
 * <ul>
 * <li>date: the more precise one wins; at equal precision the stored date stays;</li>
 * <li>place (country, admin1, location, point, precision, as one unit): the more precise one wins;</li>
 * <li>fatalities and injuries: the lowest credible figure. A higher figure replaces the stored one only when
 *     it is a revision: its report was published on a later day than every stored source, or its sentence
 *     says the toll rose ("rose to", "climbed to", "revised"). A lower figure replaces it unless its report
 *     predates the latest stored source (a stale count);</li>
 * <li>actors, blame, claim and weapon: filled when unknown; an "Unidentified" actor gives way to a named one;</li>
 * <li>summary and evidence stay those of the first source; confidence is the highest.</li>
 * </ul>
 */
public final class RuleEventFusion implements EventFusion {
    private static final Pattern REVISION = Pattern.compile(
            "\\b(rose|risen|climbed|increased|jumped|grew)\\s+to\\b|\\brevised\\b|\\bupdated\\b|\\btoll now\\b");

    /** Creates the rules; they hold no state. */
    public RuleEventFusion() {
        // Nothing to set up: the rules are fixed.
    }

    @Override
    public Fused fuse(Candidate stored, Event report, LocalDate published, String fatalitySentence,
                      String injurySentence) {
        Event s = stored.event();
        Map<String, String> changes = new LinkedHashMap<>();
        boolean date = rank(report.timePrecision()) < rank(s.timePrecision());
        if (date) {
            changes.put("event_date", s.eventDate() + " -> " + report.eventDate() + " (more precise date)");
        }
        boolean place = rank(report.geoPrecision()) < rank(s.geoPrecision())
                || s.latitude() == null && report.latitude() != null;
        if (place) {
            changes.put("location", s.location() + " -> " + report.location() + " (more precise place)");
        }
        Integer fatalities = figure("fatalities", s.fatalities(), report.fatalities(), stored, published,
                fatalitySentence, changes);
        Integer injuries = figure("injuries", s.injuries(), report.injuries(), stored, published, injurySentence,
                changes);
        boolean actor1 = better(s.actor1(), report.actor1(), "actor1", changes);
        boolean actor2 = better(s.actor2(), report.actor2(), "actor2", changes);
        Event source = place ? report : s;
        Event when = date ? report : s;
        Event fused = new Event(s.eventId(), s.articleIds(), when.eventDate(), when.timePrecision(), s.eventType(),
                s.subEventType(), actor1 ? report.actor1() : s.actor1(), actor2 ? report.actor2() : s.actor2(),
                actor1 ? report.actor1Type() : s.actor1Type(), actor2 ? report.actor2Type() : s.actor2Type(),
                fill(s.blamedOn(), report.blamedOn(), "blamed_on", changes),
                fill(s.claimedBy(), report.claimedBy(), "claimed_by", changes), source.country(), source.admin1(),
                source.location(), source.latitude(), source.longitude(), source.geoPrecision(), fatalities,
                injuries, fill(s.weapon(), report.weapon(), "weapon", changes),
                s.summary() != null ? s.summary() : report.summary(), s.evidence(),
                Math.max(s.confidence(), report.confidence()));
        return new Fused(fused, changes);
    }

    /** @return a precision code for comparison; unknown ranks below every code */
    private static int rank(Integer precision) {
        return precision == null ? Integer.MAX_VALUE : precision;
    }

    private static Integer figure(String field, Integer stored, Integer reported, Candidate c, LocalDate published,
                                  String sentence, Map<String, String> changes) {
        if (reported == null || reported.equals(stored)) {
            return stored;
        }
        String why;
        if (stored == null) {
            why = "first report of a figure";
        } else if (reported > stored) {
            boolean later = published != null && c.lastPublished() != null && published.isAfter(c.lastPublished());
            boolean saysRose = sentence != null && REVISION.matcher(sentence.toLowerCase(Locale.ROOT)).find();
            if (!later && !saysRose) {
                return stored;
            }
            why = later ? "a later report revises the toll upward" : "the report says the toll rose";
        } else {
            boolean stale = published != null && c.lastPublished() != null && published.isBefore(c.lastPublished());
            if (stale) {
                return stored;
            }
            why = "lowest credible figure";
        }
        changes.put(field, stored + " -> " + reported + " (" + why + ")");
        return reported;
    }

    private static boolean better(String stored, String reported, String field, Map<String, String> changes) {
        boolean vague = stored == null || stored.toLowerCase(Locale.ROOT).startsWith("unidentified");
        boolean named = reported != null && !reported.toLowerCase(Locale.ROOT).startsWith("unidentified");
        if (vague && (named || stored == null && reported != null)) {
            changes.put(field, stored + " -> " + reported + " (named by a further source)");
            return true;
        }
        return false;
    }

    private static String fill(String stored, String reported, String field, Map<String, String> changes) {
        if (stored == null && reported != null) {
            changes.put(field, "null -> " + reported + " (first source to give it)");
            return reported;
        }
        return stored;
    }
}
