package org.sitrep.extract;

/**
 * Whether a trigger reports something that happened. Only {@link #ASSERTED} triggers found events;
 * {@link #REFERENCED} and {@link #QUOTED} ones may only add to an event that an asserted trigger established.
 */
public enum Factuality {
    /** Reported as having happened. */
    ASSERTED,
    /** The object of a statement ("condemned the attack", "blamed X for the bombing"): real, but not reported here. */
    REFERENCED,
    /** Told in the past perfect ("had launched an offensive"): background to the news, unless dated. */
    BACKGROUND,
    /** Said inside quotation marks: rhetoric as often as report. */
    QUOTED,
    /** Negated: "no one was killed" is handled by the casualty reader, "did not attack" lands here. */
    NEGATED,
    /** A condition, threat, plan, warning, wish or future: "if Iran attacked", "ready to respond". */
    HYPOTHETICAL,
    /** A total over a period or a series: "dozens of rockets since fall 2019". */
    AGGREGATE,
    /** A habit or a general claim in the present tense: "militias that attack diplomatic facilities". */
    GENERIC
}
