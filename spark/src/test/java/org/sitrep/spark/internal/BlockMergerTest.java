package org.sitrep.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.spark.internal.TestEvents.bombing;
import static org.sitrep.spark.internal.TestEvents.report;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.dedup.DedupConfig;

class BlockMergerTest {
    private static final LocalDate DAY = LocalDate.of(2023, 3, 14);
    private final BlockMerger merger = new BlockMerger(DedupConfig.DEFAULT);

    @Test
    void twoArticlesReportingOneBombingMakeOneEventWithBothSources() {
        List<BlockMerger.Merged> merged = merger.merge(List.of(
                report("0/0", 0, DAY.plusDays(1), bombing("a", DAY, 31.61, 65.71, 1, 9)),
                report("1/0", 1, DAY.plusDays(1), bombing("b", DAY, 31.62, 65.70, 1, 9))));
        assertEquals(1, merged.size(), "reports 1.4 km and 0 days apart should be one event");
        assertEquals(List.of("a", "b"), merged.get(0).event().articleIds(), "both articles should be sources");
        assertEquals(List.of("0/0", "1/0"), merged.get(0).members(), "the founder should come first");
    }

    @Test
    void twoEventsOfOneArticleAreNeverMerged() {
        List<BlockMerger.Merged> merged = merger.merge(List.of(
                report("0/0", 0, DAY, bombing("a", DAY, 31.61, 65.71, 1, 9)),
                report("0/1", 0, DAY, bombing("a", DAY, 31.61, 65.71, 1, 9))));
        assertEquals(2, merged.size(), "the store never merges two events of the same article");
    }

    @Test
    void aLaterArticleRaisesTheToll() {
        List<BlockMerger.Merged> merged = merger.merge(List.of(
                report("1/0", 1, DAY.plusDays(2), bombing("b", DAY, 31.61, 65.71, 1, 12)),
                report("0/0", 0, DAY.plusDays(1), bombing("a", DAY, 31.61, 65.71, 1, 5))));
        assertEquals(1, merged.size(), "5 and 12 dead are compatible (12 <= 2 * 5 + 3)");
        assertEquals(12, merged.get(0).event().fatalities(),
                "the report published a day later revises the toll upward");
        assertEquals("a-e", merged.get(0).event().eventId(), "the earlier-published report founds the event");
    }

    @Test
    void differentSubEventTypesStaySeparate() {
        List<BlockMerger.Merged> merged = merger.merge(List.of(
                report("0/0", 0, DAY, bombing("a", DAY, 31.61, 65.71, 1, 9)),
                report("1/0", 1, DAY, TestEvents.withSubType(bombing("b", DAY, 31.61, 65.71, 1, 9),
                        "Shelling/artillery/missile attack"))));
        assertEquals(2, merged.size(), "a suicide bombing and a shelling are two events");
    }
}
