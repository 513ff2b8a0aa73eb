package org.sitrep.time;

/**
 * How precisely an event date is known, with the codes of the Event format.
 */
public enum TimePrecision {
    /** The day itself is known (code 1). */
    DAY(1),
    /** Only the week is known (code 2). */
    WEEK(2),
    /** Only the month is known (code 3). */
    MONTH(3);

    private final int code;

    TimePrecision(int code) {
        this.code = code;
    }

    /** @return the numeric code used in the Event format: 1, 2 or 3 */
    public int code() {
        return code;
    }
}
