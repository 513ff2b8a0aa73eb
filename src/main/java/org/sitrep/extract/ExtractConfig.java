package org.sitrep.extract;

import java.util.Objects;
import org.sitrep.stage.Stages;

/**
 * Which implementation each extraction stage uses: {@value org.sitrep.stage.Stages#RULES} for the built-in
 * rules, or the fully qualified name of a class implementing the stage with a public constructor taking a
 * {@link org.sitrep.stage.StageContext}, or none (see {@link Stages}).
 *
 * @param detector      the {@link EventDetector}
 * @param subEventTyper the {@link SubEventTyper}
 * @param factuality    the {@link FactualityReader}
 * @param roles         the {@link RoleReader}
 * @param actors        the {@link org.sitrep.extract.actor.ActorNamer}
 * @param casualties    the {@link org.sitrep.extract.casualty.CasualtyReader}
 * @param weapon        the {@link WeaponReader}
 * @param dates         the {@link org.sitrep.time.EventDater}
 * @param merger        the {@link MentionMerger}
 */
public record ExtractConfig(String detector, String subEventTyper, String factuality, String roles, String actors,
                            String casualties, String weapon, String dates, String merger) {
    /** The name of the learned implementation of the stages that have one (the sub-event typer). */
    public static final String MODEL = "model";
    /** The rules for every stage. */
    public static final ExtractConfig DEFAULT = new ExtractConfig(Stages.RULES, Stages.RULES, Stages.RULES,
            Stages.RULES, Stages.RULES, Stages.RULES, Stages.RULES, Stages.RULES, Stages.RULES);

    /** @throws NullPointerException if a name is null */
    public ExtractConfig {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(subEventTyper, "subEventTyper");
        Objects.requireNonNull(factuality, "factuality");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(casualties, "casualties");
        Objects.requireNonNull(weapon, "weapon");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(merger, "merger");
    }

    /**
     * @param name the sub-event typer to use
     * @return this configuration with that typer
     */
    public ExtractConfig withSubEventTyper(String name) {
        return new ExtractConfig(detector, name, factuality, roles, actors, casualties, weapon, dates, merger);
    }

    /**
     * @param name the event detector to use
     * @return this configuration with that detector
     */
    public ExtractConfig withDetector(String name) {
        return new ExtractConfig(name, subEventTyper, factuality, roles, actors, casualties, weapon, dates, merger);
    }

    /**
     * @param name the casualty reader to use
     * @return this configuration with that reader
     */
    public ExtractConfig withCasualties(String name) {
        return new ExtractConfig(detector, subEventTyper, factuality, roles, actors, name, weapon, dates, merger);
    }
}
