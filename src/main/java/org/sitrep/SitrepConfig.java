package org.sitrep;

import java.util.Objects;
import org.sitrep.lang.Language;
import org.sitrep.nlp.NlpConfig;

/**
 * Everything that configures a {@link Sitrep} pipeline.
 *
 * @param nlp      how CoreNLP is set up
 * @param language the ISO 639 code of the language bundle the readers take their words from
 */
public record SitrepConfig(NlpConfig nlp, String language) {
    /** The set-up the command line uses unless told otherwise. */
    public static final SitrepConfig DEFAULT = new SitrepConfig(NlpConfig.DEFAULT, Language.DEFAULT_CODE);

    /** @throws NullPointerException if a part is null */
    public SitrepConfig {
        Objects.requireNonNull(nlp, "nlp");
        Objects.requireNonNull(language, "language");
    }

    /**
     * @param nlp how CoreNLP is set up
     * @return this set-up with that NLP set-up
     */
    public SitrepConfig withNlp(NlpConfig nlp) {
        return new SitrepConfig(nlp, language);
    }
}
