package org.sitrep.extract.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.sitrep.extract.Cue;
import org.sitrep.extract.CueMatch;
import org.sitrep.extract.EventType;
import org.sitrep.extract.SubEventType;
import org.sitrep.extract.SubEventTyper;
import org.sitrep.extract.Trigger;
import org.sitrep.extract.TypingFeatures;
import org.sitrep.lang.Language;
import org.sitrep.learn.LinearModel;
import org.sitrep.learn.ModelException;
import org.sitrep.learn.ModelFile;
import org.sitrep.learn.Prediction;
import org.sitrep.text.Token;

/**
 * Sub-event typing by a fitted classifier: a sentence with a trigger cue gets the most probable of the 25
 * types or {@code NONE} (it reports no event that happened: a threat, an accident, a trial, a film), decided
 * by the model alone, with no threshold of ours. A model fitted on {@link TypingFeatures.Kind#LEXICAL_AND_RULES}
 * weighs what {@link SubEventRules} decided among its features, which is how the rules and the model combine.
 * The trigger is anchored at the rules' trigger of the chosen group where they have one, else at the first
 * trigger cue; a sentence yields at most one trigger. Immutable and thread-safe.
 */
public final class LearnedTyper implements SubEventTyper {
    private static final String TASK_KEY = TypingFeatures.TASK_KEY;
    private static final String TASK = TypingFeatures.TASK;
    private static final String FEATURES_KEY = TypingFeatures.FEATURES_KEY;
    private static final String NONE = TypingFeatures.NONE;
    /** The bundle resource holding the shipped model. */
    public static final String BUNDLED_MODEL = "extract-typing.model.gz";

    private final LinearModel model;
    private final TypingFeatures.Kind features;
    private final SubEventTyper rules;

    /**
     * @param model a sub-event typing model
     * @param rules the rules, whose decisions a {@code lexical+rules} model reads
     * @param name  what to call the model in messages
     * @throws ModelException if the model is for another task, names an unknown feature set or a label that
     *                        is no sub-event type
     */
    public LearnedTyper(LinearModel model, SubEventTyper rules, String name) {
        this.model = Objects.requireNonNull(model, "model");
        this.rules = Objects.requireNonNull(rules, "rules");
        if (!TASK.equals(model.meta(TASK_KEY))) {
            throw new ModelException(name + " is a model for '" + model.meta(TASK_KEY) + "', not " + TASK
                    + ": give a model written by 'sitrep train'", null);
        }
        try {
            this.features = TypingFeatures.Kind.of(String.valueOf(model.meta(FEATURES_KEY)));
        } catch (IllegalArgumentException e) {
            throw new ModelException(name + ": " + e.getMessage(), e);
        }
        for (String label : model.labels()) {
            if (!label.equals(NONE) && SubEventType.fromLabel(label).isEmpty()) {
                throw new ModelException(name + " has the label '" + label + "', which is no sub-event type", null);
            }
        }
    }

    /**
     * The typer with the model a stage setting names, or else the one the language bundle ships.
     *
     * @param file     a model file, or null for the bundled one
     * @param language the bundle
     * @param rules    the rules the model may read
     * @return the typer
     * @throws ModelException if the model cannot be read or is not a sub-event typing model
     */
    public static LearnedTyper load(Path file, Language language, SubEventTyper rules) {
        if (file != null) {
            return new LearnedTyper(ModelFile.read(file), rules, file.toString());
        }
        String resource = language.path(BUNDLED_MODEL);
        InputStream raw = LearnedTyper.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new ModelException("language bundle '" + language.code() + "' ships no typing model "
                    + resource + ": name one with the setting subEventTyper.model", null);
        }
        try (InputStream in = new GZIPInputStream(raw)) {
            return new LearnedTyper(ModelFile.read(in, resource), rules, resource);
        } catch (IOException e) {
            throw new ModelException("cannot read the bundled model " + resource + ": " + e.getMessage(), e);
        }
    }

    /** @return the model */
    public LinearModel model() {
        return model;
    }

    @Override
    public List<Trigger> type(List<Token> tokens, List<CueMatch> cues) {
        Optional<CueMatch> firstCue = cues.stream().filter(m -> m.cue().isTrigger()).findFirst();
        if (firstCue.isEmpty()) {
            return List.of();
        }
        List<Trigger> ruled = rules.type(tokens, cues);
        Prediction p = model.predict(TypingFeatures.of(features, tokens, cues, ruled));
        Optional<SubEventType> type = SubEventType.fromLabel(p.best());
        if (type.isEmpty()) {
            return List.of();
        }
        Trigger.Group group = groupOf(type.get().eventType());
        Optional<Trigger> anchor = ruled.stream().filter(t -> t.type() == type.get()).findFirst()
                .or(() -> ruled.stream().filter(t -> t.group() == group).findFirst());
        if (anchor.isPresent()) {
            Trigger a = anchor.get();
            return List.of(new Trigger(type.get(), group, a.first(), a.last(), a.specific()));
        }
        CueMatch m = cues.stream().filter(c -> c.cue().isTrigger() && !generic(c.cue())).findFirst()
                .orElse(firstCue.get());
        return List.of(new Trigger(type.get(), group, m.first(), m.last(), !generic(m.cue())));
    }

    private static boolean generic(Cue cue) {
        return cue == Cue.ATTACK || cue == Cue.KILL;
    }

    /** The trigger groups of {@link SubEventRules}: violence, demonstrations, strategic developments. */
    static Trigger.Group groupOf(EventType type) {
        return switch (type) {
            case PROTESTS, RIOTS -> Trigger.Group.DEMONSTRATION;
            case STRATEGIC_DEVELOPMENTS -> Trigger.Group.STRATEGIC;
            default -> Trigger.Group.VIOLENCE;
        };
    }
}
