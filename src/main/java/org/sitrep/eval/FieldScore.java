package org.sitrep.eval;

/**
 * How often one field was right on the matched pairs whose gold event fills it.
 *
 * @param correct pairs where the prediction was right
 * @param total   matched pairs whose gold event fills the field
 */
public record FieldScore(int correct, int total) {
    /** @throws IllegalArgumentException if the counts are negative or correct exceeds total */
    public FieldScore {
        if (correct < 0 || correct > total) {
            throw new IllegalArgumentException("bad field counts " + correct + "/" + total);
        }
    }

    /** @return correct / total, or NaN when no matched gold event fills the field */
    public double accuracy() {
        return total == 0 ? Double.NaN : (double) correct / total;
    }
}
