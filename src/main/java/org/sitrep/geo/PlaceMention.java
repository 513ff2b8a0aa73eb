package org.sitrep.geo;

import java.util.Objects;

/**
 * A place named in a text, resolved to a gazetteer entry.
 *
 * @param start      offset of the first character of the mention (including a qualifier such as
 *                   "near" or "90 km east of" when one was read)
 * @param end        offset one past the last character
 * @param text       the place name as written
 * @param place      the resolved entry
 * @param precision  how precisely the mention locates something: "near X" or "X province" are coarser than "in X"
 * @param confidence the resolver's confidence in the chosen entry, 0..1
 */
public record PlaceMention(int start, int end, String text, Place place, GeoPrecision precision, double confidence) {
    /** @throws NullPointerException if text, place or precision is null */
    public PlaceMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(precision, "precision");
    }
}
