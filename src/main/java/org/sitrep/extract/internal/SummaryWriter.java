package org.sitrep.extract.internal;

import java.time.format.TextStyle;
import java.util.Locale;
import org.sitrep.extract.Event;
import org.sitrep.extract.SubEventType;

/**
 * Writes the one-sentence description of an event, in the manner of ACLED's notes: when, who did what to
 * whom, where, and the toll, e.g. "On 2020-12-20, Unidentified Armed Group (Iraq) fired rockets or shells
 * (rocket) in Baghdad - Green Zone, Iraq: 0 killed, 1 wounded."
 */
public final class SummaryWriter {
    private SummaryWriter() {
    }

    /**
     * @param e an event with every field but the summary filled
     * @return one sentence
     */
    public static String write(Event e) {
        StringBuilder s = new StringBuilder();
        s.append(when(e));
        String doer = e.actor1() != null ? e.actor1() : "unidentified actors";
        s.append(doer).append(' ').append(action(SubEventType.fromLabel(e.subEventType()).orElseThrow(), e.actor2()));
        if (e.weapon() != null) {
            s.append(" (").append(e.weapon()).append(')');
        }
        if (e.location() != null) {
            s.append(" in ").append(e.location());
            if (e.country() != null && !e.country().equals(e.location())) {
                s.append(", ").append(e.country());
            }
        }
        s.append(toll(e)).append('.');
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.toString();
    }

    private static String when(Event e) {
        if (e.eventDate() == null) {
            return "";
        }
        return switch (e.timePrecision() == null ? 1 : e.timePrecision()) {
            case 3 -> "In " + e.eventDate().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + e.eventDate().getYear() + ", ";
            case 2 -> "In the week of " + e.eventDate() + ", ";
            default -> "On " + e.eventDate() + ", ";
        };
    }

    private static String action(SubEventType type, String target) {
        String on = target == null ? "" : " " + target;
        String against = target == null ? "" : " against " + target;
        return switch (type) {
            case ARMED_CLASH -> target == null ? "fought an armed clash" : "clashed with" + on;
            case GOVERNMENT_REGAINS_TERRITORY -> "regained territory" + (target == null ? "" : " from" + on);
            case NON_STATE_ACTOR_OVERTAKES_TERRITORY -> "seized territory" + (target == null ? "" : " from" + on);
            case CHEMICAL_WEAPON -> "used chemical weapons" + against;
            case AIR_DRONE_STRIKE -> "carried out an air or drone strike" + against;
            case SUICIDE_BOMB -> "carried out a suicide bombing" + against;
            case SHELLING -> "fired rockets, missiles or shells" + (target == null ? "" : " at" + on);
            case REMOTE_EXPLOSIVE -> "set off an explosive device" + against;
            case GRENADE -> "threw a grenade" + (target == null ? "" : " at" + on);
            case SEXUAL_VIOLENCE -> "committed sexual violence" + against;
            case ATTACK -> "attacked" + (target == null ? " civilians" : on);
            case ABDUCTION -> "abducted" + (target == null ? " people" : on);
            case PEACEFUL_PROTEST -> "protested peacefully";
            case PROTEST_WITH_INTERVENTION -> "protested and were dispersed or arrested"
                    + (target == null ? "" : " by" + on);
            case EXCESSIVE_FORCE -> "protested and met lethal or serious force" + (target == null ? "" : " from" + on);
            case VIOLENT_DEMONSTRATION -> "rioted";
            case MOB_VIOLENCE -> "took part in mob violence" + against;
            case AGREEMENT -> "reached an agreement" + (target == null ? "" : " with" + on);
            case ARRESTS -> "arrested" + (target == null ? " people" : on);
            case CHANGE_TO_GROUP -> "changed its organisation or activity";
            case DISRUPTED_WEAPONS_USE -> "disrupted weapons use" + (target == null ? "" : " by" + on);
            case HEADQUARTERS_ESTABLISHED -> "established a base or headquarters";
            case LOOTING -> "looted or destroyed property" + (target == null ? "" : " of" + on);
            case NON_VIOLENT_TRANSFER -> "transferred territory without fighting" + (target == null ? "" : " to" + on);
            case OTHER -> "took part in a strategic development";
        };
    }

    private static String toll(Event e) {
        if (e.fatalities() == null && e.injuries() == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(":");
        if (e.fatalities() != null) {
            s.append(' ').append(e.fatalities()).append(" killed");
        }
        if (e.injuries() != null) {
            s.append(e.fatalities() != null ? "," : "").append(' ').append(e.injuries()).append(" wounded");
        }
        return s.toString();
    }
}
