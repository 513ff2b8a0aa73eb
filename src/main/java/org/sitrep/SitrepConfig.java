package org.sitrep;

import java.util.Objects;
import org.sitrep.nlp.NlpConfig;

/**
 * Everything that configures a {@link Sitrep} pipeline.
 *
 * @param nlp how CoreNLP is set up
 */
public record SitrepConfig(NlpConfig nlp) {
    /** The set-up the command line uses unless told otherwise. */
    public static final SitrepConfig DEFAULT = new SitrepConfig(NlpConfig.DEFAULT);

    /** @throws NullPointerException if a part is null */
    public SitrepConfig {
        Objects.requireNonNull(nlp, "nlp");
    }
}
