package org.sitrep.eval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One annotated event of a gold article: the Event-format fields the annotator filled, the others null.
 *
 * @param eventDate     the day of the event; for a gold date written as a month ({@code 2020-10}) the first of
 *                      that month
 * @param timePrecision 1 day, 2 week, 3 month, or null (then treated as 1 when matching)
 * @param eventType     one of the six event types, or null
 * @param subEventType  one of the sub-event types, or null
 * @param actor1        {@code actor1} as written, or null (for example when only {@code actor1_any} is given)
 * @param actor2        {@code actor2} as written, or null
 * @param actor1Any     every acceptable name for actor1: {@code actor1} followed by {@code actor1_any};
 *                      empty when the annotator named none
 * @param actor2Any     every acceptable name for actor2, likewise
 * @param actor1Type    ACLED inter code 1-8 of actor1, or null (ACLED's 0, no actor, reads as null)
 * @param actor2Type    ACLED inter code of actor2, or null
 * @param blamedOn      who was blamed, or null
 * @param claimedBy     who claimed responsibility, or null
 * @param country       country name, or null
 * @param admin1        first-level division, or null
 * @param location      most precise named place, or null
 * @param latitude      WGS84 latitude in degrees, or null
 * @param longitude     WGS84 longitude in degrees, or null
 * @param geoPrecision  1, 2 or 3, or null
 * @param fatalities    people killed, or null
 * @param injuries      people wounded, or null
 * @param weapon        weapon family, or null
 */
public record GoldEvent(LocalDate eventDate, Integer timePrecision, String eventType, String subEventType,
                        String actor1, String actor2, List<String> actor1Any, List<String> actor2Any,
                        Integer actor1Type, Integer actor2Type, String blamedOn, String claimedBy,
                        String country, String admin1, String location, Double latitude, Double longitude,
                        Integer geoPrecision, Integer fatalities, Integer injuries, String weapon) {
    /** Copies the name lists; null lists become empty. */
    public GoldEvent {
        actor1Any = actor1Any == null ? List.of() : List.copyOf(actor1Any);
        actor2Any = actor2Any == null ? List.of() : List.copyOf(actor2Any);
    }

    /** @return true when the gold date is only known to the month (time precision 3) */
    public boolean isMonthPrecision() {
        return timePrecision != null && timePrecision == 3;
    }

    /** @return the month of the event, or null without a date */
    public YearMonth eventMonth() {
        return eventDate == null ? null : YearMonth.from(eventDate);
    }

    /** @return true when both latitude and longitude are given */
    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
