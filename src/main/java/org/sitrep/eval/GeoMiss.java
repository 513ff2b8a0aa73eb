package org.sitrep.eval;

/**
 * A gold toponym the geocoder placed wrongly or not at all.
 *
 * @param documentId the document's id
 * @param toponym    the gold toponym
 * @param placed     what the geocoder chose ("Alexandria, Virginia, US"), or null when nothing
 * @param errorKm    distance from the truth in km, or NaN when nothing was chosen
 */
public record GeoMiss(String documentId, GeoToponym toponym, String placed, double errorKm) {
}
