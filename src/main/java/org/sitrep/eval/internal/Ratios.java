package org.sitrep.eval.internal;

/**
 * Precision, recall and F1 with the convention that an empty denominator gives 0.
 */
public final class Ratios {
    private Ratios() {
    }

    /**
     * @param part  the count on top
     * @param whole the count below
     * @return part / whole, or 0 when whole is 0
     */
    public static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    /**
     * @param precision precision, 0..1
     * @param recall    recall, 0..1
     * @return their harmonic mean, or 0 when both are 0
     */
    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
