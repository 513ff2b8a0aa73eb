package org.sitrep.util;

/**
 * Great-circle distances on the WGS84 mean sphere.
 */
public final class GeoMath {
    /** Mean Earth radius in km (IUGG). */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GeoMath() {
    }

    /**
     * Haversine distance.
     *
     * @param lat1 latitude of the first point, degrees
     * @param lon1 longitude of the first point, degrees
     * @param lat2 latitude of the second point, degrees
     * @param lon2 longitude of the second point, degrees
     * @return the distance in km
     */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
