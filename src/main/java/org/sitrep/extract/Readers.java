package org.sitrep.extract;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.extract.actor.ActorNamer;
import org.sitrep.extract.casualty.CasualtyReader;
import org.sitrep.extract.internal.CueDetector;
import org.sitrep.extract.internal.FactualityRules;
import org.sitrep.extract.internal.MentionMergeRules;
import org.sitrep.extract.internal.RoleRules;
import org.sitrep.extract.internal.SubEventRules;
import org.sitrep.extract.internal.WeaponRules;
import org.sitrep.stage.StageContext;
import org.sitrep.stage.Stages;
import org.sitrep.time.DateResolver;

/**
 * The reading stages the {@link EventExtractor} runs, one implementation each. {@link #create} builds them
 * from the names an {@link ExtractConfig} gives, the rules being the built-in implementation of every stage.
 *
 * @param detector   event detection: cues and which sentences to parse
 * @param typer      sub-event typing
 * @param factuality whether a trigger reports something that happened
 * @param roles      who did it, to whom, who claimed it and who was blamed
 * @param weapon     the weapon family
 * @param merger     in-document merging of mentions into events
 * @param casualties killed and wounded counts
 * @param dates      the event date a sentence gives
 * @param actors     ACLED-style actor names for the phrases the roles point at
 */
public record Readers(EventDetector detector, SubEventTyper typer, FactualityReader factuality, RoleReader roles,
                      WeaponReader weapon, MentionMerger merger, CasualtyReader casualties, DateResolver dates,
                      ActorNamer actors) {
    /** @throws NullPointerException if a stage is null */
    public Readers {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(typer, "typer");
        Objects.requireNonNull(factuality, "factuality");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(weapon, "weapon");
        Objects.requireNonNull(merger, "merger");
        Objects.requireNonNull(casualties, "casualties");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(actors, "actors");
    }

    /**
     * Builds the extraction stages the configuration names.
     *
     * @param config     which implementation each stage uses
     * @param context    the language bundle and settings the implementations are created with
     * @param casualties the casualty reader
     * @param dates      the date resolver
     * @param actors     the actor normaliser
     * @return the stages
     * @throws org.sitrep.stage.StageException if a configured implementation cannot be created
     * @throws org.sitrep.lang.LanguageException if the bundle lacks a list a rule set needs
     */
    public static Readers create(ExtractConfig config, StageContext context, CasualtyReader casualties,
                                 DateResolver dates, ActorNamer actors) {
        Objects.requireNonNull(config, "config");
        return new Readers(
                stage(EventDetector.class, config.detector(), c -> new CueDetector(c.language()), context),
                stage(SubEventTyper.class, config.subEventTyper(), c -> new SubEventRules(c.language()), context),
                stage(FactualityReader.class, config.factuality(), c -> new FactualityRules(c.language()), context),
                stage(RoleReader.class, config.roles(), c -> new RoleRules(c.language()), context),
                stage(WeaponReader.class, config.weapon(), c -> new WeaponRules(c.language()), context),
                stage(MentionMerger.class, config.merger(), c -> new MentionMergeRules(), context),
                casualties, dates, actors);
    }

    private static <T> T stage(Class<T> type, String name, Function<StageContext, ? extends T> rules,
                               StageContext context) {
        return Stages.create(type, name, Map.of(Stages.RULES, rules), context);
    }
}
