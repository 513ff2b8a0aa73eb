package org.sitrep.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.spark.internal.TestEvents.bombing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Event;
import org.sitrep.dedup.DedupConfig;

class BlocksTest {
    private final Blocks blocks = new Blocks(DedupConfig.DEFAULT, 0.5, 7);
    private static final LocalDate DAY = LocalDate.of(2023, 3, 14);

    @Test
    void pointsEitherSideOfACellLineShareACellKey() {
        Set<String> shared = cellKeysInCommon(bombing("a", DAY, 31.4999, 65.7, 1, 1),
                bombing("b", DAY, 31.5001, 65.7, 1, 1));
        assertFalse(shared.isEmpty(), "two points 22 m apart across the 31.5 degree line must meet in a cell");
    }

    @Test
    void pointsFarApartShareNoCellKey() {
        Set<String> shared = cellKeysInCommon(bombing("a", DAY, 31.0, 65.7, 1, 1),
                bombing("b", DAY, 32.0, 65.7, 1, 1));
        assertTrue(shared.isEmpty(), "points 111 km apart should meet only in their country's block: " + shared);
    }

    @Test
    void daysEitherSideOfABucketLineWithinTheToleranceShareAKey() {
        // 2023-03-15 is epoch day 19431 = 7 * 2775 + 6, the last day of bucket 2775; the next day opens 2776.
        LocalDate last = LocalDate.ofEpochDay(19431);
        Set<String> shared = cellKeysInCommon(bombing("a", last, 31.6, 65.7, 1, 1),
                bombing("b", last.plusDays(1), 31.6, 65.7, 1, 1));
        assertFalse(shared.isEmpty(), "reports a day apart across a bucket line must meet");
    }

    @Test
    void aRegionOnlyEventGoesToItsCountryBlocksOnly() {
        List<String> keys = blocks.keys(bombing("a", DAY, 31.6, 65.7, 3, 1));
        assertTrue(keys.stream().allMatch(k -> k.endsWith("|region:afghanistan")),
                "an event located only to a region is matched by country: " + keys);
    }

    @Test
    void anUndatedEventHasNoKeys() {
        assertEquals(List.of(), blocks.keys(bombing("a", null, 31.6, 65.7, 1, 1)),
                "the store never merges an event without a date");
    }

    @Test
    void aCountryBlockOfPreciseEventsNeedsNoComparing() {
        List<Event> precise = List.of(bombing("a", DAY, 31.6, 65.7, 1, 1), bombing("b", DAY, 34.5, 69.2, 1, 1));
        assertFalse(Blocks.needsComparing("Explosions/Remote violence|2776|region:afghanistan", precise),
                "precise pairs meet in their cells; the country block matters only with a coarse event");
    }

    private Set<String> cellKeysInCommon(Event a, Event b) {
        Set<String> shared = new HashSet<>(blocks.keys(a));
        shared.retainAll(blocks.keys(b));
        shared.removeIf(k -> k.contains("|region:"));
        return shared;
    }
}
