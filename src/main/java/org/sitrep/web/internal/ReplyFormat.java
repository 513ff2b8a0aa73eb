package org.sitrep.web.internal;

/** The shapes {@code GET /api/events} answers in, chosen by {@code format=}. */
public enum ReplyFormat {
    /** {@code {count, total, last_update, data: [...]}}. */
    JSON,
    /** The export CSV, ACLED columns first. */
    CSV,
    /** A GeoJSON FeatureCollection. */
    GEOJSON
}
