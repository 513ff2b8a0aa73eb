package org.sitrep;

import java.util.Objects;
import org.sitrep.extract.ExtractConfig;
import org.sitrep.lang.Language;
import org.sitrep.nlp.NlpConfig;

/**
 * Everything that configures a {@link Sitrep} pipeline.
 *
 * @param nlp      how CoreNLP is set up
 * @param language the ISO 639 code of the language bundle the readers take their words from
 * @param extract  which implementation each extraction stage uses
 */
public record SitrepConfig(NlpConfig nlp, String language, ExtractConfig extract) {
    /** The set-up the command line uses unless told otherwise: the rules for every stage, in English. */
    public static final SitrepConfig DEFAULT = new SitrepConfig(NlpConfig.DEFAULT, Language.DEFAULT_CODE,
            ExtractConfig.DEFAULT);

    /** @throws NullPointerException if a part is null */
    public SitrepConfig {
        Objects.requireNonNull(nlp, "nlp");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(extract, "extract");
    }

    /**
     * @param nlp how CoreNLP is set up
     * @return this set-up with that NLP set-up
     */
    public SitrepConfig withNlp(NlpConfig nlp) {
        return new SitrepConfig(nlp, language, extract);
    }

    /**
     * @param extract which implementation each extraction stage uses
     * @return this set-up with those stages
     */
    public SitrepConfig withExtract(ExtractConfig extract) {
        return new SitrepConfig(nlp, language, extract);
    }
}
