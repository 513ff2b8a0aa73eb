package org.sitrep.geo;

/**
 * How precisely a location is known, with the codes of the Event format.
 */
public enum GeoPrecision {
    /** The town or site itself (code 1). */
    SITE(1),
    /** Near a town, or a part of a region (code 2). */
    NEAR(2),
    /** Only a larger region or administrative unit (code 3). */
    REGION(3);

    private final int code;

    GeoPrecision(int code) {
        this.code = code;
    }

    /** @return the numeric code used in the Event format: 1, 2 or 3 */
    public int code() {
        return code;
    }
}
