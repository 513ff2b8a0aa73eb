package org.sitrep.eval.internal;

/**
 * Great-circle distances on a spherical Earth.
 */
public final class Geo {
    /** Mean Earth radius (IUGG), in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Geo() {
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
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        // min() keeps rounding from pushing asin's argument past 1 for antipodal points.
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
