package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.extract.internal.CueDetector;
import org.sitrep.extract.internal.SubEventRules;
import org.sitrep.lang.Language;
import org.sitrep.learn.Example;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.text.Sentence;
import org.sitrep.text.Token;

/**
 * Turns a gold-annotated article into sentence examples for a sub-event typing model. Only candidate
 * sentences, those with a trigger cue, are examples, since only they are ever typed. The gold says what an
 * article reports, not which sentence says it, so a sentence's label is inferred:
 * <ul>
 *   <li>a snippet's label (or {@code NONE}) holds for each of its candidates;</li>
 *   <li>a short text with one gold event of a known sub-event type (an ACLED note, a GTD summary) gives that
 *       type to each of its candidates; other short texts with events give no examples;</li>
 *   <li>in a longer article, a candidate the rules type as an event type the gold has takes the gold's
 *       sub-event type for it (when the gold gives one sub-event type for that event type), and one the rules
 *       type as an event type the gold lacks is {@code NONE}: the article reports no such event;</li>
 *   <li>an article whose gold is one violent incident of unknown type (a shooting in local news) makes
 *       candidates the rules read as a protest or a strategic development {@code NONE} when they hold no word
 *       of violence: an arrest, a vigil, a hearing that follows the incident;</li>
 *   <li>an article whose gold has no events makes every candidate {@code NONE}.</li>
 * </ul>
 * Other candidates are left out rather than guessed. Thread-safe.
 */
public final class TypingExamples {
    /** Texts of at most this many sentences are short: every candidate of them reports the text's event. */
    public static final int DEFAULT_SHORT_SENTENCES = 4;
    private static final String NONE = TypingFeatures.NONE;

    private final CueDetector detector;
    private final SubEventRules rules;
    private final TypingFeatures.Kind features;

    /**
     * @param language the bundle the cues and rules come from
     * @param features the feature set to emit
     * @throws org.sitrep.lang.LanguageException if the bundle lacks a list
     */
    public TypingExamples(Language language, TypingFeatures.Kind features) {
        this.detector = new CueDetector(language);
        this.rules = new SubEventRules(language);
        this.features = Objects.requireNonNull(features, "features");
    }

    /**
     * What the gold says of one article.
     *
     * @param label           a snippet's label (a sub-event type or {@code NONE}), or null
     * @param events          the event and sub-event type of each gold event (either may be null)
     * @param violentIncident true when the gold is one violent incident whose type it does not give
     */
    public record Gold(String label, List<TypedEvent> events, boolean violentIncident) {
        /** @throws NullPointerException if events is null */
        public Gold {
            events = List.copyOf(events);
        }
    }

    /**
     * @param eventType    ACLED event type, or null
     * @param subEventType ACLED sub-event type, or null
     */
    public record TypedEvent(String eventType, String subEventType) {
    }

    /**
     * @param doc  the article, read shallowly at least
     * @param gold what its gold says
     * @return its labelled candidate sentences, grouped by the article id
     */
    public List<Example> examples(AnnotatedArticle doc, Gold gold) {
        List<Example> out = new ArrayList<>();
        boolean isShort = doc.sentences().size() <= DEFAULT_SHORT_SENTENCES;
        Optional<String> single = gold.events().size() == 1
                ? Optional.ofNullable(gold.events().get(0).subEventType()) : Optional.empty();
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = s.tokens();
            List<CueMatch> cues = detector.detect(tokens);
            if (cues.stream().noneMatch(m -> m.cue().isTrigger())) {
                continue;
            }
            List<Trigger> ruled = rules.type(tokens, cues);
            String label = label(gold, isShort, single, ruled, violentWords(cues));
            if (label != null) {
                out.add(new Example(TypingFeatures.of(features, tokens, cues, ruled), label, doc.article().id()));
            }
        }
        return out;
    }

    /** Words of violence against people: a sentence with them may report the incident whatever else it says. */
    private static boolean violentWords(List<CueMatch> cues) {
        return cues.stream().anyMatch(m -> m.cue() == Cue.KILL || m.cue() == Cue.ATTACK || m.cue() == Cue.CLASH);
    }

    private static String label(Gold gold, boolean isShort, Optional<String> single, List<Trigger> ruled,
                                boolean violentWords) {
        if (gold.label() != null) {
            return gold.label();
        }
        if (gold.events().isEmpty() && !gold.violentIncident()) {
            return NONE;
        }
        if (isShort) {
            // A short text reports its gold event in every candidate; when the gold leaves its type open, or
            // gives several events, no sentence can be told apart, and a mismatch with the rules is no negative.
            return single.orElse(null);
        }
        if (ruled.isEmpty()) {
            return null;
        }
        EventType type = ruled.get(0).type().eventType();
        if (gold.violentIncident()) {
            // "Police arrested the man who shot her" reports the shooting too: only a sentence with no word of
            // violence is surely a follow-up (an arrest, a vigil, a hearing).
            boolean followUp = ruled.stream().noneMatch(t -> t.group() == Trigger.Group.VIOLENCE) && !violentWords
                    && (type == EventType.PROTESTS || type == EventType.STRATEGIC_DEVELOPMENTS);
            return followUp ? NONE : null;
        }
        if (gold.events().stream().anyMatch(e -> e.eventType() == null)) {
            return null;
        }
        Set<String> subTypes = new TreeSet<>();
        boolean has = false;
        for (TypedEvent e : gold.events()) {
            if (e.eventType().equals(type.label())) {
                has = true;
                if (e.subEventType() != null) {
                    subTypes.add(e.subEventType());
                }
            }
        }
        if (!has) {
            return NONE;
        }
        return subTypes.size() == 1 ? subTypes.iterator().next() : null;
    }
}
