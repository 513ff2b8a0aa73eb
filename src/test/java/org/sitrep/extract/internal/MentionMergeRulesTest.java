package org.sitrep.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Factuality;
import org.sitrep.extract.Mention;
import org.sitrep.extract.SubEventType;
import org.sitrep.extract.Trigger;
import org.sitrep.geo.FeatureKind;
import org.sitrep.geo.GeoPrecision;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.text.Span;
import org.sitrep.time.DateMention;
import org.sitrep.time.TimePrecision;

class MentionMergeRulesTest {
    private static final MentionMergeRules RULES = new MentionMergeRules();
    private static final Place BAGHDAD = new Place("Baghdad", "IQ", "Iraq", "Baghdad", 33.34, 44.40, 98182,
            FeatureKind.CITY, 7_000_000);
    private static final Place BASRA = new Place("Basra", "IQ", "Iraq", "Basra", 30.51, 47.78, 99532,
            FeatureKind.CITY, 2_000_000);

    private static Mention mention(int sentence, SubEventType type, boolean specific, Factuality f, String date,
                                   Place place) {
        Trigger.Group group = switch (type.eventType()) {
            case STRATEGIC_DEVELOPMENTS -> Trigger.Group.STRATEGIC;
            case PROTESTS, RIOTS -> Trigger.Group.DEMONSTRATION;
            default -> Trigger.Group.VIOLENCE;
        };
        Trigger trigger = new Trigger(type, group, 0, 0, specific);
        DateMention d = date == null ? null
                : new DateMention(1, 2, LocalDate.parse(date), TimePrecision.DAY, false);
        PlaceMention p = place == null ? null : new PlaceMention(3, 4, place.name(), place, GeoPrecision.SITE, 0.9);
        return new Mention(sentence, trigger, f, new Span(0, 1), d, p, null, null, null, null, null, null, null);
    }

    private static List<Integer> sizes(List<List<Mention>> events) {
        return events.stream().map(List::size).toList();
    }

    @Test
    void sentencesAboutOneAttackBecomeOneEvent() {
        List<List<Mention>> events = RULES.merge(List.of(
                mention(0, SubEventType.SHELLING, true, Factuality.ASSERTED, "2020-12-20", BAGHDAD),
                mention(1, SubEventType.REMOTE_EXPLOSIVE, false, Factuality.ASSERTED, null, null),
                mention(2, SubEventType.SHELLING, true, Factuality.ASSERTED, null, null)));
        assertEquals(List.of(3), sizes(events), "explosions heard and missiles landing join the dated attack");
    }

    @Test
    void attacksOnDifferentDaysStayApart() {
        List<List<Mention>> events = RULES.merge(List.of(
                mention(0, SubEventType.SHELLING, true, Factuality.ASSERTED, "2020-12-20", BAGHDAD),
                mention(1, SubEventType.SHELLING, true, Factuality.ASSERTED, "2020-11-17", BAGHDAD)));
        assertEquals(List.of(1, 1), sizes(events));
    }

    @Test
    void attacksInCitiesFarApartStayApart() {
        List<List<Mention>> events = RULES.merge(List.of(
                mention(0, SubEventType.SHELLING, true, Factuality.ASSERTED, "2020-12-20", BAGHDAD),
                mention(1, SubEventType.SHELLING, true, Factuality.ASSERTED, "2020-12-20", BASRA)));
        assertEquals(List.of(1, 1), sizes(events), "Baghdad and Basra are 450 km apart");
    }

    @Test
    void anUndatedMentionJoinsTheNewsPegNotTheOlderEvent() {
        List<List<Mention>> events = RULES.merge(List.of(
                mention(0, SubEventType.SHELLING, true, Factuality.ASSERTED, "2020-11-17", BAGHDAD),
                mention(1, SubEventType.SHELLING, true, Factuality.ASSERTED, "2020-12-20", BAGHDAD),
                mention(2, SubEventType.SHELLING, true, Factuality.REFERENCED, null, null)));
        assertEquals(2, events.size());
        assertEquals(List.of(1, 2), events.get(1).stream().map(Mention::sentence).toList(),
                "the undated mention belongs with the latest attack");
    }

    @Test
    void aQuotedMentionNeverFoundsAnEventWhenOthersExist() {
        List<List<Mention>> events = RULES.merge(List.of(
                mention(0, SubEventType.AGREEMENT, true, Factuality.ASSERTED, "2020-10-15", null),
                mention(1, SubEventType.ATTACK, true, Factuality.QUOTED, null, BAGHDAD)));
        assertEquals(List.of(1), sizes(events));
    }

    @Test
    void threatsAndTotalsAreDropped() {
        List<List<Mention>> events = RULES.merge(List.of(
                mention(0, SubEventType.SHELLING, true, Factuality.HYPOTHETICAL, "2020-12-20", BAGHDAD),
                mention(1, SubEventType.SHELLING, true, Factuality.AGGREGATE, null, BAGHDAD)));
        assertEquals(List.of(), sizes(events));
    }
}
