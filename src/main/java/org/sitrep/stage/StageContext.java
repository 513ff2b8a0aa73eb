package org.sitrep.stage;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.lang.Language;

/**
 * What a stage implementation is given when it is created: the language bundle to take its words from and
 * free-form settings (a model file, a threshold) that the configuration passes through untouched.
 *
 * @param language the language bundle of the pipeline
 * @param settings implementation-specific settings by name, such as {@code subEventTyper.model}; may be empty
 */
public record StageContext(Language language, Map<String, String> settings) {
    /** @throws NullPointerException if a part is null */
    public StageContext {
        Objects.requireNonNull(language, "language");
        settings = Map.copyOf(settings);
    }

    /**
     * @param language the language bundle
     * @return a context with no settings
     */
    public static StageContext of(Language language) {
        return new StageContext(language, Map.of());
    }

    /**
     * @param name a setting's name
     * @return its value, when configured
     */
    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }
}
