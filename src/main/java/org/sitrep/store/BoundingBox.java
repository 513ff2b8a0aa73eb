package org.sitrep.store;

/**
 * A rectangle in WGS84 degrees, as in {@code --bbox minLon,minLat,maxLon,maxLat}.
 *
 * @param minLon western edge
 * @param minLat southern edge
 * @param maxLon eastern edge
 * @param maxLat northern edge
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
    /** @throws IllegalArgumentException if an edge is not a number (NaN), out of range, or the box is reversed */
    public BoundingBox {
        // NaN fails no comparison, so it must be refused by name; infinities fall out of range below.
        boolean nan = Double.isNaN(minLon) || Double.isNaN(minLat) || Double.isNaN(maxLon) || Double.isNaN(maxLat);
        if (nan || minLat < -90 || maxLat > 90 || minLon < -180 || maxLon > 180 || minLat > maxLat || minLon > maxLon) {
            throw new IllegalArgumentException("bad bounding box " + minLon + "," + minLat + "," + maxLon + ","
                    + maxLat + ": expected minLon,minLat,maxLon,maxLat in degrees");
        }
    }

    /**
     * @param text {@code minLon,minLat,maxLon,maxLat}
     * @return the box
     * @throws IllegalArgumentException if the text is not four numbers or the box is invalid
     */
    public static BoundingBox parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bad bounding box '" + text + "': expected minLon,minLat,maxLon,maxLat");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad bounding box '" + text + "': '" + parts[i] + "' is not a number");
            }
        }
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }
}
