package org.sitrep.extract;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.extract.actor.ActorConfig;
import org.sitrep.extract.actor.ActorNamer;
import org.sitrep.extract.actor.ActorNormalizer;
import org.sitrep.extract.casualty.CasualtyConfig;
import org.sitrep.extract.casualty.CasualtyReader;
import org.sitrep.extract.casualty.RuleCasualtyReader;
import org.sitrep.extract.internal.CueDetector;
import org.sitrep.extract.internal.FactualityRules;
import org.sitrep.extract.internal.LearnedTyper;
import org.sitrep.extract.internal.MentionMergeRules;
import org.sitrep.extract.internal.RoleRules;
import org.sitrep.extract.internal.SubEventRules;
import org.sitrep.extract.internal.WeaponRules;
import org.sitrep.stage.StageContext;
import org.sitrep.stage.Stages;
import org.sitrep.time.DateResolver;
import org.sitrep.time.DateResolverConfig;
import org.sitrep.time.EventDater;

/**
 * The reading stages the {@link EventExtractor} runs, one implementation each. {@link #create} builds them
 * from the names an {@link ExtractConfig} gives, the rules being the built-in implementation of every stage.
 *
 * @param detector   event detection: cues and which sentences to parse
 * @param typer      sub-event typing
 * @param factuality whether a trigger reports something that happened
 * @param roles      who did it, to whom, who claimed it and who was blamed
 * @param actors     ACLED-style actor names for the phrases the roles point at
 * @param casualties killed and wounded counts
 * @param weapon     the weapon family
 * @param dates      the event date a sentence gives
 * @param merger     in-document merging of mentions into events
 */
public record Readers(EventDetector detector, SubEventTyper typer, FactualityReader factuality, RoleReader roles,
                      ActorNamer actors, CasualtyReader casualties, WeaponReader weapon, EventDater dates,
                      MentionMerger merger) {
    /** The stage setting naming the learned sub-event typer's model file. */
    public static final String MODEL_SETTING = "subEventTyper.model";

    /** @throws NullPointerException if a stage is null */
    public Readers {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(typer, "typer");
        Objects.requireNonNull(factuality, "factuality");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(casualties, "casualties");
        Objects.requireNonNull(weapon, "weapon");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(merger, "merger");
    }

    /**
     * The settings of the rule implementations that have any.
     *
     * @param casualties the casualty rules' settings
     * @param actors     the actor rules' tables and settings
     * @param dates      the date rules' settings
     * @param countryOf  country name for a country name, code or demonym ("US", "Israeli"), else empty; the
     *                   actor rules use it to name state forces
     */
    public record RuleSettings(CasualtyConfig casualties, ActorConfig actors, DateResolverConfig dates,
                               Function<String, Optional<String>> countryOf) {
        /** @throws NullPointerException if a part is null */
        public RuleSettings {
            Objects.requireNonNull(casualties, "casualties");
            Objects.requireNonNull(actors, "actors");
            Objects.requireNonNull(dates, "dates");
            Objects.requireNonNull(countryOf, "countryOf");
        }
    }

    /**
     * Builds the extraction stages the configuration names.
     *
     * @param config  which implementation each stage uses
     * @param context the language bundle and settings the implementations are created with
     * @param rules   the settings of the rule implementations
     * @return the stages
     * @throws org.sitrep.stage.StageException if a configured implementation cannot be created
     * @throws org.sitrep.lang.LanguageException if the bundle lacks a list a rule set needs
     */
    public static Readers create(ExtractConfig config, StageContext context, RuleSettings rules) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(rules, "rules");
        return new Readers(
                stage(EventDetector.class, config.detector(), c -> new CueDetector(c.language()), context),
                typer(config.subEventTyper(), context),
                stage(FactualityReader.class, config.factuality(), c -> new FactualityRules(c.language()), context),
                stage(RoleReader.class, config.roles(), c -> new RoleRules(c.language()), context),
                stage(ActorNamer.class, config.actors(),
                        c -> new ActorNormalizer(rules.actors(), c.language(), rules.countryOf()), context),
                stage(CasualtyReader.class, config.casualties(),
                        c -> new RuleCasualtyReader(rules.casualties(), c.language()), context),
                stage(WeaponReader.class, config.weapon(), c -> new WeaponRules(c.language()), context),
                stage(EventDater.class, config.dates(), c -> new DateResolver(rules.dates(), c.language()), context),
                stage(MentionMerger.class, config.merger(), c -> new MentionMergeRules(), context));
    }

    /**
     * The sub-event typer: the rules, or the learned typer ({@value ExtractConfig#MODEL}) with the model file
     * the setting {@value #MODEL_SETTING} names, else the one the language bundle ships.
     */
    private static SubEventTyper typer(String name, StageContext context) {
        return Stages.create(SubEventTyper.class, name, Map.of(
                Stages.RULES, c -> new SubEventRules(c.language()),
                ExtractConfig.MODEL, c -> LearnedTyper.load(c.setting(MODEL_SETTING).map(Path::of).orElse(null),
                        c.language(), new SubEventRules(c.language()))), context);
    }

    private static <T> T stage(Class<T> type, String name, Function<StageContext, ? extends T> rules,
                               StageContext context) {
        return Stages.create(type, name, Map.of(Stages.RULES, rules), context);
    }
}
