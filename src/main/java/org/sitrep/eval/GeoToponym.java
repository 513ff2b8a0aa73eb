package org.sitrep.eval;

/**
 * A gold toponym: a place name's span in a text and where it truly lies.
 *
 * @param start     offset of the name's first character
 * @param end       offset one past its last character
 * @param text      the name as written
 * @param latitude  true WGS84 latitude, decimal degrees; null in a file that marks spans only
 * @param longitude true WGS84 longitude, decimal degrees; null in a file that marks spans only
 * @param geonameId the GeoNames id the corpus gives, or null
 */
public record GeoToponym(int start, int end, String text, Double latitude, Double longitude, String geonameId) {
}
