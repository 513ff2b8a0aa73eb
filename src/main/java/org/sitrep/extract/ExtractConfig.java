package org.sitrep.extract;

import java.util.Objects;
import org.sitrep.stage.Stages;

/**
 * Which implementation each extraction stage uses: {@value org.sitrep.stage.Stages#RULES} for the built-in
 * rules, or the fully qualified name of a class implementing the stage (see {@link Stages}).
 *
 * @param detector      the {@link EventDetector}
 * @param subEventTyper the {@link SubEventTyper}
 * @param factuality    the {@link FactualityReader}
 * @param roles         the {@link RoleReader}
 * @param weapon        the {@link WeaponReader}
 * @param merger        the {@link MentionMerger}
 */
public record ExtractConfig(String detector, String subEventTyper, String factuality, String roles, String weapon,
                            String merger) {
    /** The rules for every stage. */
    public static final ExtractConfig DEFAULT = new ExtractConfig(Stages.RULES, Stages.RULES, Stages.RULES,
            Stages.RULES, Stages.RULES, Stages.RULES);

    /** @throws NullPointerException if a name is null */
    public ExtractConfig {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(subEventTyper, "subEventTyper");
        Objects.requireNonNull(factuality, "factuality");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(weapon, "weapon");
        Objects.requireNonNull(merger, "merger");
    }

    /**
     * @param name the sub-event typer to use
     * @return this configuration with that typer
     */
    public ExtractConfig withSubEventTyper(String name) {
        return new ExtractConfig(detector, name, factuality, roles, weapon, merger);
    }
}
