package org.sitrep.time;

import java.util.Objects;

/**
 * Settings of a {@link DateResolver}.
 *
 * @param tenseBias       which occurrence an incomplete date stands for; default {@link TenseBias#PAST}
 * @param futureSlackDays how many days after the publication day a month-and-day without a year
 *                        ("December 22") may fall and still keep the publication year under
 *                        {@link TenseBias#PAST}; covers time zones and articles dated before the
 *                        event they report; default 2, 0 or more
 */
public record DateResolverConfig(TenseBias tenseBias, int futureSlackDays) {
    /** The default tense bias: reported events lie in the past. */
    public static final TenseBias DEFAULT_TENSE_BIAS = TenseBias.PAST;
    /** The default slack, in days, for month-and-day dates just after publication. */
    public static final int DEFAULT_FUTURE_SLACK_DAYS = 2;
    /** Past bias with two days of slack. */
    public static final DateResolverConfig DEFAULT =
            new DateResolverConfig(DEFAULT_TENSE_BIAS, DEFAULT_FUTURE_SLACK_DAYS);

    /**
     * @throws NullPointerException     if tenseBias is null
     * @throws IllegalArgumentException if futureSlackDays is negative
     */
    public DateResolverConfig {
        Objects.requireNonNull(tenseBias, "tenseBias");
        if (futureSlackDays < 0) {
            throw new IllegalArgumentException("futureSlackDays must be 0 or more, got " + futureSlackDays);
        }
    }

    /**
     * @param bias the tense bias to use
     * @return a copy of this config with that bias
     */
    public DateResolverConfig withTenseBias(TenseBias bias) {
        return new DateResolverConfig(bias, futureSlackDays);
    }
}
