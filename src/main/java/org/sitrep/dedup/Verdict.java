package org.sitrep.dedup;

/**
 * Whether a new report describes a stored event, and why.
 *
 * @param same   true when it does
 * @param cost   how far apart the two are (days plus distance in units of the distance limit); lower is closer
 * @param reason the decision in words
 */
public record Verdict(boolean same, double cost, String reason) {
    /**
     * @param reason why the two are not one event
     * @return a refusal, at the highest cost
     */
    public static Verdict no(String reason) {
        return new Verdict(false, Double.MAX_VALUE, reason);
    }
}
