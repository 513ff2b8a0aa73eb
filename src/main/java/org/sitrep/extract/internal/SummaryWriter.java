package org.sitrep.extract.internal;

import org.sitrep.extract.Event;

/**
 * Writes the one-sentence description of an event, in the manner of ACLED's notes: when, who, what,
 * against whom, where, and the toll.
 */
public final class SummaryWriter {
    private SummaryWriter() {
    }

    /**
     * @param e an event with every field but the summary filled
     * @return one sentence, e.g. "On 2020-12-20, Unidentified Armed Group (Iraq) carried out a
     *         shelling/artillery/missile attack (rocket) in Baghdad - Green Zone, Iraq: 0 killed, 1 wounded."
     */
    public static String write(Event e) {
        StringBuilder s = new StringBuilder();
        if (e.eventDate() != null) {
            s.append(switch (e.timePrecision() == null ? 1 : e.timePrecision()) {
                case 3 -> "In " + e.eventDate().getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.ENGLISH) + " " + e.eventDate().getYear() + ", ";
                case 2 -> "In the week of " + e.eventDate() + ", ";
                default -> "On " + e.eventDate() + ", ";
            });
        }
        s.append(e.actor1() != null ? e.actor1() : "an unnamed actor").append(' ');
        s.append("was involved in ").append(article(e.subEventType())).append(' ')
                .append(e.subEventType().toLowerCase(java.util.Locale.ROOT));
        if (e.weapon() != null) {
            s.append(" (").append(e.weapon()).append(')');
        }
        if (e.actor2() != null) {
            s.append(" involving ").append(e.actor2());
        }
        if (e.location() != null) {
            s.append(" in ").append(e.location());
            if (e.country() != null && !e.country().equals(e.location())) {
                s.append(", ").append(e.country());
            }
        }
        if (e.fatalities() != null || e.injuries() != null) {
            s.append(':');
            if (e.fatalities() != null) {
                s.append(' ').append(e.fatalities()).append(" killed");
            }
            if (e.injuries() != null) {
                s.append(e.fatalities() != null ? "," : "").append(' ').append(e.injuries()).append(" wounded");
            }
        }
        s.append('.');
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.toString();
    }

    private static String article(String label) {
        return "AEIOUaeiou".indexOf(label.charAt(0)) >= 0 ? "an" : "a";
    }
}
