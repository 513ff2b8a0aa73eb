package org.sitrep.geo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.geo.internal.SourceData.GeoName;
import org.sitrep.util.GeoMath;

/** GeoNames places in one-degree cells, for the compiler's "which places lie near this point" questions. */
final class PlaceGrid {
    private static final double KM_PER_DEGREE = 111.2;
    private final Map<String, List<GeoName>> cells = new HashMap<>();

    PlaceGrid(List<GeoName> places) {
        places.forEach(g -> cells.computeIfAbsent(key((int) Math.floor(g.lat()), (int) Math.floor(g.lon())),
                k -> new ArrayList<>()).add(g));
    }

    /** @return the places within {@code km} of the point, in no particular order */
    List<GeoName> within(double lat, double lon, double km) {
        int dLat = (int) Math.ceil(km / KM_PER_DEGREE);
        // a degree of longitude shrinks towards the poles, so more cells are needed east and west
        double cos = Math.max(Math.cos(Math.toRadians(Math.min(89, Math.abs(lat) + dLat))), 0.01);
        int dLon = (int) Math.min(180, Math.ceil(km / (KM_PER_DEGREE * cos)));
        int cellLat = (int) Math.floor(lat);
        int cellLon = (int) Math.floor(lon);
        List<GeoName> out = new ArrayList<>();
        for (int i = -dLat; i <= dLat; i++) {
            for (int j = -dLon; j <= dLon; j++) {
                for (GeoName g : cells.getOrDefault(key(cellLat + i, cellLon + j), List.of())) {
                    if (GeoMath.distanceKm(lat, lon, g.lat(), g.lon()) < km) {
                        out.add(g);
                    }
                }
            }
        }
        return out;
    }

    private static String key(int lat, int lon) {
        return lat + ":" + lon;
    }
}
