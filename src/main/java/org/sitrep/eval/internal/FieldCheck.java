package org.sitrep.eval.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.eval.GoldEvent;
import org.sitrep.eval.MatchRules;
import org.sitrep.extract.Event;
import org.sitrep.util.GeoMath;

/**
 * How one field of a matched pair is judged: whether gold fills it, whether the prediction is right, and both
 * values as text for the list of misses.
 */
public final class FieldCheck {
    private enum Rule { EXACT, IGNORE_CASE, NAME_CONTAINMENT, DATE, POINT }

    private final String name;
    private final Rule rule;
    private final Function<GoldEvent, Object> gold;
    private final Function<Event, Object> predicted;
    private final double toleranceKm;

    private FieldCheck(String name, Rule rule, Function<GoldEvent, Object> gold, Function<Event, Object> predicted,
                       double toleranceKm) {
        this.name = name;
        this.rule = rule;
        this.gold = gold;
        this.predicted = predicted;
        this.toleranceKm = toleranceKm;
    }

    /**
     * @param rules the coordinate tolerance comes from here
     * @return the checks of every scored field, in Event-format order
     */
    public static List<FieldCheck> all(MatchRules rules) {
        return List.of(
                new FieldCheck("event_date", Rule.DATE, g -> g.eventDate() == null ? null : g, Event::eventDate, 0),
                of("time_precision", Rule.EXACT, GoldEvent::timePrecision, Event::timePrecision),
                of("event_type", Rule.EXACT, GoldEvent::eventType, Event::eventType),
                of("sub_event_type", Rule.EXACT, GoldEvent::subEventType, Event::subEventType),
                of("actor1", Rule.NAME_CONTAINMENT, GoldEvent::actor1Any, Event::actor1),
                of("actor2", Rule.NAME_CONTAINMENT, GoldEvent::actor2Any, Event::actor2),
                of("actor1_type", Rule.EXACT, GoldEvent::actor1Type, Event::actor1Type),
                of("actor2_type", Rule.EXACT, GoldEvent::actor2Type, Event::actor2Type),
                of("blamed_on", Rule.NAME_CONTAINMENT, g -> names(g.blamedOn()), Event::blamedOn),
                of("claimed_by", Rule.NAME_CONTAINMENT, g -> names(g.claimedBy()), Event::claimedBy),
                of("country", Rule.EXACT, GoldEvent::country, Event::country),
                of("admin1", Rule.EXACT, GoldEvent::admin1, Event::admin1),
                of("location", Rule.IGNORE_CASE, GoldEvent::location, Event::location),
                new FieldCheck("coordinates", Rule.POINT, g -> g.hasCoordinates() ? g : null, e -> e,
                        rules.coordinateToleranceKm()),
                of("geo_precision", Rule.EXACT, GoldEvent::geoPrecision, Event::geoPrecision),
                of("fatalities", Rule.EXACT, GoldEvent::fatalities, Event::fatalities),
                of("injuries", Rule.EXACT, GoldEvent::injuries, Event::injuries),
                of("weapon", Rule.IGNORE_CASE, GoldEvent::weapon, Event::weapon));
    }

    private static FieldCheck of(String name, Rule rule, Function<GoldEvent, Object> gold,
                                 Function<Event, Object> predicted) {
        return new FieldCheck(name, rule, gold, predicted, 0);
    }

    private static List<String> names(String name) {
        return name == null ? List.of() : List.of(name);
    }

    /** @return the field name ({@code coordinates} for latitude and longitude together) */
    public String name() {
        return name;
    }

    /**
     * @param event a gold event
     * @return true when the annotator filled the field, so a matched pair is scored on it
     */
    public boolean filledIn(GoldEvent event) {
        Object value = gold.apply(event);
        return value != null && !(value instanceof List<?> list && list.isEmpty());
    }

    /**
     * @param goldEvent a gold event that fills the field
     * @param event     the prediction matched to it
     * @return true when the prediction is right
     */
    public boolean correct(GoldEvent goldEvent, Event event) {
        Object want = gold.apply(goldEvent);
        Object got = predicted.apply(event);
        if (got == null) {
            return false;
        }
        return switch (rule) {
            case EXACT -> want.equals(got);
            case IGNORE_CASE -> ((String) want).equalsIgnoreCase((String) got);
            case NAME_CONTAINMENT -> Names.anyContains(castNames(want), (String) got);
            case DATE -> dateCorrect(goldEvent, event);
            case POINT -> event.latitude() != null && event.longitude() != null
                    && GeoMath.distanceKm(goldEvent.latitude(), goldEvent.longitude(), event.latitude(), event.longitude())
                    <= toleranceKm;
        };
    }

    private static boolean dateCorrect(GoldEvent gold, Event event) {
        if (event.eventDate() == null) {
            return false;
        }
        return gold.isMonthPrecision()
                ? gold.eventMonth().equals(YearMonth.from(event.eventDate()))
                : gold.eventDate().equals(event.eventDate());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castNames(Object names) {
        return (List<String>) names;
    }

    /**
     * @param event a gold event
     * @return the gold value as text, as a verbose report shows it
     */
    public String goldText(GoldEvent event) {
        return switch (rule) {
            case DATE -> event.isMonthPrecision() ? event.eventMonth().toString() : event.eventDate().toString();
            case POINT -> point(event.latitude(), event.longitude());
            case NAME_CONTAINMENT -> String.join(" | ", castNames(gold.apply(event)));
            default -> Objects.toString(gold.apply(event), null);
        };
    }

    /**
     * @param event a predicted event
     * @return the predicted value as text, or null when the prediction left it null
     */
    public String predictedText(Event event) {
        if (rule == Rule.POINT) {
            return event.latitude() == null || event.longitude() == null
                    ? null : point(event.latitude(), event.longitude());
        }
        return Objects.toString(predicted.apply(event), null);
    }

    private static String point(double latitude, double longitude) {
        return String.format(Locale.ROOT, "%.4f, %.4f", latitude, longitude);
    }
}
