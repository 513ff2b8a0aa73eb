package org.sitrep.dedup;

/**
 * Great-circle distances on a spherical Earth.
 */
public final class Distance {
    /** Mean Earth radius, km. */
    public static final double EARTH_RADIUS_KM = 6371.0;
    private static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180;

    private Distance() {
    }

    /**
     * @param lat1 latitude of the first point, degrees
     * @param lon1 longitude of the first point, degrees
     * @param lat2 latitude of the second point, degrees
     * @param lon2 longitude of the second point, degrees
     * @return the haversine distance between the two points, in km
     */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * @param km a distance
     * @return degrees of latitude covering it
     */
    public static double latDegrees(double km) {
        return km / KM_PER_DEGREE;
    }

    /**
     * @param km  a distance
     * @param lat the latitude, degrees
     * @return degrees of longitude covering the distance there; capped near the poles
     */
    public static double lonDegrees(double km, double lat) {
        return Math.min(180, km / (KM_PER_DEGREE * Math.max(0.01, Math.cos(Math.toRadians(lat)))));
    }
}
