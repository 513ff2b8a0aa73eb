package org.sitrep.web.alert;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.util.Json;

/**
 * Where a watch looks: a circle around a point, or a polygon. Coordinates are WGS84 degrees.
 */
public sealed interface Area {
    /** Mean Earth radius in kilometres, for great-circle distances. */
    double EARTH_RADIUS_KM = 6371.0088;

    /**
     * @param lat latitude of a point
     * @param lon longitude of a point
     * @return true when the point lies inside
     */
    boolean contains(double lat, double lon);

    /**
     * A point and a radius.
     *
     * @param lat      latitude of the centre
     * @param lon      longitude of the centre
     * @param radiusKm radius in kilometres, along the Earth's surface
     */
    record Circle(double lat, double lon, double radiusKm) implements Area {
        /** @throws IllegalArgumentException if the centre is off the globe or the radius is not positive */
        public Circle {
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || !(radiusKm > 0)) {
                throw new IllegalArgumentException("bad circle: centre " + lat + "," + lon + " radius " + radiusKm
                        + " km; expected a latitude, a longitude and a positive radius");
            }
        }

        @Override
        public boolean contains(double pLat, double pLon) {
            double dLat = Math.toRadians(pLat - lat);
            double dLon = Math.toRadians(pLon - lon);
            double h = Math.pow(Math.sin(dLat / 2), 2)
                    + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(pLat)) * Math.pow(Math.sin(dLon / 2), 2);
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))) <= radiusKm;
        }
    }

    /**
     * A GeoJSON polygon's outer ring (holes are ignored); edges are straight in longitude and latitude.
     *
     * @param geoJson the polygon as given, a GeoJSON Polygon geometry or a Feature holding one
     * @param ring    its outer ring as {lon, lat} pairs
     */
    record Polygon(String geoJson, List<double[]> ring) implements Area {
        /** @throws IllegalArgumentException if the ring has fewer than three corners */
        public Polygon {
            ring = List.copyOf(ring);
            if (ring.size() < 3) {
                throw new IllegalArgumentException("a polygon needs at least three corners, got " + ring.size());
            }
        }

        /**
         * @param geoJson a GeoJSON Polygon geometry, or a Feature whose geometry is one
         * @return the polygon
         * @throws IllegalArgumentException if the text is not such GeoJSON
         */
        public static Polygon parse(String geoJson) {
            JsonNode node;
            try {
                node = Json.mapper().readTree(geoJson);
            } catch (IOException e) {
                throw new IllegalArgumentException("the polygon is not JSON", e);
            }
            if (node != null && "Feature".equals(node.path("type").asText())) {
                node = node.get("geometry");
            }
            if (node == null || !"Polygon".equals(node.path("type").asText())
                    || !node.path("coordinates").path(0).isArray()) {
                throw new IllegalArgumentException("expected a GeoJSON Polygon (or a Feature holding one)");
            }
            List<double[]> ring = new ArrayList<>();
            for (JsonNode corner : node.get("coordinates").get(0)) {
                if (!corner.path(0).isNumber() || !corner.path(1).isNumber()) {
                    throw new IllegalArgumentException("a polygon corner is not [longitude, latitude]: " + corner);
                }
                ring.add(new double[]{corner.get(0).asDouble(), corner.get(1).asDouble()});
            }
            return new Polygon(geoJson, ring);
        }

        @Override
        public boolean contains(double lat, double lon) {
            // Ray casting: a point is inside when a ray from it crosses the ring an odd number of times.
            boolean inside = false;
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                double[] a = ring.get(i);
                double[] b = ring.get(j);
                if ((a[1] > lat) != (b[1] > lat) && lon < (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]) + a[0]) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }
}
