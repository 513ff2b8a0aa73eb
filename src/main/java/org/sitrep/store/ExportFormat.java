package org.sitrep.store;

import java.util.Locale;

/**
 * The formats {@code sitrep export} writes.
 */
public enum ExportFormat {
    /** Comma-separated, ACLED's column names and order where a field exists in both, Sitrep's extras after. */
    CSV,
    /** A GeoJSON FeatureCollection of points (null geometry for unlocated events). */
    GEOJSON,
    /** One Event-format JSON object per line. */
    JSONL;

    /**
     * @param name {@code csv}, {@code geojson} or {@code jsonl}, any case
     * @return the format
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ExportFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export format '" + name + "': expected csv, geojson or jsonl");
        }
    }
}
