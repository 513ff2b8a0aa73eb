package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.FeatureKind;
import org.sitrep.geo.GeoPrecision;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;

class GeoScorerTest {
    private static final String TEXT = "Shots in Kabul and Herat, then Kandahar.";
    // Kabul 9-14, Herat 19-24, Kandahar 31-39
    private static final GeoDocument DOC = new GeoDocument("d1", null, null, TEXT, List.of(
            new GeoToponym(9, 14, "Kabul", 34.53, 69.17, null),
            new GeoToponym(19, 24, "Herat", 34.35, 62.20, null),
            new GeoToponym(31, 39, "Kandahar", 31.61, 65.71, null)));

    private static PlaceMention at(int start, int end, double lat, double lon) {
        Place p = new Place("P", "AF", "Afghanistan", null, lat, lon, 0, FeatureKind.CITY, 0);
        return new PlaceMention(start, end, TEXT.substring(start, end), p, GeoPrecision.SITE, 0.9);
    }

    @Test
    void countsAToponymPlacedWithin161KmAsRightAndLeavesAnUnresolvedOneWrong() {
        // Kabul exact; Herat about 1 degree of latitude off (~111 km); Kandahar not resolved
        GeoScore s = new GeoScorer().score(List.of(DOC), GeoScorer.Mode.GOLD_SPANS,
                d -> List.of(at(9, 14, 34.53, 69.17), at(19, 24, 35.35, 62.20)));
        assertEquals(3, s.gold(), "gold toponyms");
        assertEquals(2, s.resolved(), "resolved toponyms");
        assertEquals(2.0 / 3, s.accuracy161(), 1e-9, "Kabul and Herat lie within 161 km, Kandahar counts as wrong");
        assertEquals(1.0 / 3, s.accuracy25(), 1e-9, "only Kabul lies within 25 km");
        assertEquals(111.2 / 2, s.medianKm(), 1.0, "median of 0 and about 111 km");
        assertEquals(1, s.misses().size(), "the unresolved Kandahar is the only miss");
        assertEquals("Kandahar", s.misses().get(0).toponym().text(), "the miss");
    }

    @Test
    void matchesOnlyTheExactSpanGivenGoldSpansButAnOverlapEndToEnd() {
        // "Kabul and" (9-18) overlaps Kabul but is not its span
        List<PlaceMention> wide = List.of(at(9, 18, 34.53, 69.17));
        assertEquals(0, new GeoScorer().score(List.of(DOC), GeoScorer.Mode.GOLD_SPANS, d -> wide).resolved(),
                "given gold spans, a mention must have the gold span");
        GeoScore e2e = new GeoScorer().score(List.of(DOC), GeoScorer.Mode.END_TO_END, d -> wide);
        assertEquals(1, e2e.resolved(), "end to end, an overlapping mention finds the toponym");
        assertEquals(1.0, e2e.precision(), 1e-9, "the one mention output overlaps gold");
    }

    @Test
    void reportsAWrongPlaceWithItsDistance() {
        GeoScore s = new GeoScorer().score(List.of(DOC), GeoScorer.Mode.GOLD_SPANS,
                d -> List.of(at(31, 39, 29.03, 66.59)));
        GeoMiss kandahar = s.misses().stream().filter(m -> m.toponym().text().equals("Kandahar")).findFirst()
                .orElseThrow();
        assertEquals("P, AF", kandahar.placed(), "what was chosen");
        assertEquals(300, kandahar.errorKm(), 15, "Kalat in Pakistan lies about 300 km from Kandahar");
    }
}
