package org.sitrep.spark.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.dedup.DayRange;
import org.sitrep.dedup.DedupConfig;
import org.sitrep.dedup.Distance;
import org.sitrep.dedup.EventMatcher;
import org.sitrep.extract.Event;

/**
 * The blocking keys of the batch-wide dedup: two reports the store could merge always share at least one key,
 * so that comparing reports only within blocks loses no pair. A key is the event type, a date bucket and
 * either a geographic cell or, for matching by region, the country.
 *
 * <ul>
 * <li>Dates: a report goes to every bucket its date range, widened by the day tolerance, touches; a partner
 *     within the tolerance has its own range inside that widened range, so they share a bucket.</li>
 * <li>Places: a precisely located report goes to every cell its distance-limit box touches; a partner within
 *     the limit lies inside that box, so its own cell is among them (and it goes to its own cell too).</li>
 * <li>Regions: a report whose place is coarse may match any report of its country (see
 *     {@link EventMatcher}), so every report also goes to its country's block; only blocks that hold a coarse
 *     report need comparing ({@link #needsComparing}).</li>
 * </ul>
 *
 * @param rules      the store's dedup rules (distance limit, day tolerance)
 * @param cellDegrees the side of a geographic cell, degrees (default {@value #DEFAULT_CELL_DEGREES})
 * @param bucketDays  the length of a date bucket, days (default {@value #DEFAULT_BUCKET_DAYS})
 */
public record Blocks(DedupConfig rules, double cellDegrees, int bucketDays) {
    /** Half a degree, about 55 km: twice the default distance limit, so a box touches at most four cells. */
    public static final double DEFAULT_CELL_DEGREES = 0.5;
    /** A week: a day-precise report then lands in one or two buckets, a month-precise one in five or six. */
    public static final int DEFAULT_BUCKET_DAYS = 7;
    private static final String REGION = "region:";

    /** @throws IllegalArgumentException if a size is not positive */
    public Blocks {
        if (!(cellDegrees > 0) || bucketDays < 1) {
            throw new IllegalArgumentException("bad block sizes: cell " + cellDegrees + " degrees, bucket "
                    + bucketDays + " days");
        }
    }

    /**
     * @param e an event
     * @return its blocking keys; empty when it has no date or no country (the store never merges those)
     */
    public List<String> keys(Event e) {
        DayRange days = DayRange.of(e);
        if (days == null || e.country() == null) {
            return List.of();
        }
        List<String> places = new ArrayList<>();
        places.add(REGION + e.country().toLowerCase(Locale.ROOT));
        if (!EventMatcher.coarse(e)) {
            places.addAll(cells(e.latitude(), e.longitude()));
        }
        List<String> keys = new ArrayList<>();
        int tol = rules.dayTolerance();
        for (long b = Math.floorDiv(days.min() - tol, bucketDays); b <= Math.floorDiv(days.max() + tol, bucketDays);
             b++) {
            for (String place : places) {
                keys.add(e.eventType() + "|" + b + "|" + place);
            }
        }
        return keys;
    }

    /**
     * @param key    a key from {@link #keys}
     * @param events the events sharing it
     * @return false for a country block with no coarse event: its precise pairs meet in their cells already
     */
    public static boolean needsComparing(String key, List<Event> events) {
        return events.size() > 1 && (!key.contains("|" + REGION) || events.stream().anyMatch(EventMatcher::coarse));
    }

    private List<String> cells(double lat, double lon) {
        double dLat = Distance.latDegrees(rules.maxDistanceKm());
        double dLon = Distance.lonDegrees(rules.maxDistanceKm(), lat);
        List<String> cells = new ArrayList<>();
        for (long y = cell(lat - dLat); y <= cell(lat + dLat); y++) {
            for (long x = cell(lon - dLon); x <= cell(lon + dLon); x++) {
                cells.add(y + ":" + x);
            }
        }
        return cells;
    }

    private long cell(double degrees) {
        return (long) Math.floor(degrees / cellDegrees);
    }
}
