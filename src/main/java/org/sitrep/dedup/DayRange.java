package org.sitrep.dedup;

import java.time.LocalDate;
import org.sitrep.extract.Event;

/**
 * The days an event date may stand for, as days since 1970-01-01: the day itself, the three days either side
 * of a week-precise date, or the whole month of a month-precise one.
 *
 * @param min first possible day
 * @param max last possible day
 */
public record DayRange(long min, long max) {
    /** The widest range there is (a month), which bounds index scans. */
    public static final int MAX_SPAN = 31;

    /**
     * @param event an event
     * @return its range, or null when it has no date
     */
    public static DayRange of(Event event) {
        LocalDate d = event.eventDate();
        if (d == null) {
            return null;
        }
        int precision = event.timePrecision() == null ? 1 : event.timePrecision();
        return switch (precision) {
            case 1 -> new DayRange(d.toEpochDay(), d.toEpochDay());
            case 2 -> new DayRange(d.toEpochDay() - 3, d.toEpochDay() + 3);
            default -> new DayRange(d.withDayOfMonth(1).toEpochDay(),
                    d.withDayOfMonth(d.lengthOfMonth()).toEpochDay());
        };
    }

    /**
     * @param other     another range
     * @param tolerance days of slack
     * @return how many days lie between the two ranges (0 when they overlap), or -1 when more than the slack
     */
    public long gap(DayRange other, int tolerance) {
        long gap = Math.max(0, Math.max(other.min - max, min - other.max));
        return gap <= tolerance ? gap : -1;
    }
}
