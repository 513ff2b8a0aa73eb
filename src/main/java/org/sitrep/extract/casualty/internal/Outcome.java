package org.sitrep.extract.casualty.internal;

/**
 * A count attached to a casualty word.
 *
 * @param kind     killed or wounded
 * @param quantity the count
 * @param toll     true when it is a (death) toll figure, which supersedes earlier counts
 */
public record Outcome(Kind kind, Quantity quantity, boolean toll) {
    /** What happened to the people counted. */
    public enum Kind {
        /** Killed, dead, died. */
        KILLED,
        /** Wounded, injured, hurt. */
        WOUNDED
    }
}
