package org.sitrep.extract.casualty;

/**
 * People killed and wounded according to one sentence.
 *
 * @param killed  deaths of anyone, attackers included (ACLED fatalities), or null when the sentence states none
 * @param wounded people wounded or injured, or null when the sentence states none
 */
public record Casualties(Count killed, Count wounded) {
    /** Nothing stated. */
    public static final Casualties NONE = new Casualties(null, null);
}
