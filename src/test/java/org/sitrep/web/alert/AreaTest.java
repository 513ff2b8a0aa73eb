package org.sitrep.web.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AreaTest {
    // Baghdad to Basra is about 450 km along the great circle.
    private static final Area.Circle AROUND_BAGHDAD_500 = new Area.Circle(33.31, 44.36, 500);
    private static final Area.Circle AROUND_BAGHDAD_400 = new Area.Circle(33.31, 44.36, 400);

    @Test
    void circleHoldsAPointWithinItsRadius() {
        assertTrue(AROUND_BAGHDAD_500.contains(30.51, 47.78), "Basra is about 450 km from Baghdad");
    }

    @Test
    void circleLeavesOutAPointBeyondItsRadius() {
        assertFalse(AROUND_BAGHDAD_400.contains(30.51, 47.78), "Basra is more than 400 km from Baghdad");
    }

    @Test
    void polygonHoldsAPointInside() {
        Area.Polygon iraqBox = Area.Polygon.parse("{\"type\":\"Polygon\",\"coordinates\":[[[38,29],[49,29],[49,37],[38,37],[38,29]]]}");
        assertTrue(iraqBox.contains(33.31, 44.36), "Baghdad lies in the box");
        assertFalse(iraqBox.contains(36.20, 37.16), "Aleppo lies west of it");
    }

    @Test
    void polygonReadsAFeature() {
        Area.Polygon triangle = Area.Polygon.parse("{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,0],[0,10],[0,0]]]}}");
        assertTrue(triangle.contains(2, 2), "near the right angle");
        assertFalse(triangle.contains(6, 6), "beyond the hypotenuse");
    }

    @Test
    void polygonRefusesOtherGeometry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Area.Polygon.parse("{\"type\":\"Point\",\"coordinates\":[1,2]}"));
        assertEquals("expected a GeoJSON Polygon (or a Feature holding one)", e.getMessage(), "message");
    }

    @Test
    void backOffDoublesUpToTheLongestWait() {
        AlertConfig c = new AlertConfig(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(10));
        assertEquals(Duration.ofSeconds(5), c.backoff(1), "after the first failure");
        assertEquals(Duration.ofSeconds(20), c.backoff(3), "5 s doubled twice");
        assertEquals(Duration.ofSeconds(30), c.backoff(4), "capped at 30 s");
    }
}
