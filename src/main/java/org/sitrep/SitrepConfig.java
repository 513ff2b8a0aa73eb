package org.sitrep;

import java.util.Map;
import java.util.Objects;
import org.sitrep.dedup.DedupConfig;
import org.sitrep.extract.ExtractConfig;
import org.sitrep.extract.actor.ActorConfig;
import org.sitrep.extract.casualty.CasualtyConfig;
import org.sitrep.geo.GeocoderConfig;
import org.sitrep.lang.Language;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.time.DateResolverConfig;

/**
 * Everything that configures a {@link Sitrep} pipeline: how CoreNLP runs, which language bundle the readers
 * take their words from, which implementation each reading stage uses, and the settings of every stage.
 *
 * @param nlp        how CoreNLP is set up
 * @param language   the ISO 639 code of the language bundle
 * @param extract    which implementation each extraction stage uses (the rules by default)
 * @param casualties the casualty rules' settings
 * @param actors     the actor rules' tables and settings
 * @param dates      the date rules' settings
 * @param geocoder   the geocoder's settings and which toponym stages it uses
 * @param dedup      cross-document matching and fusion: tolerances and which stages
 * @param settings   free-form settings handed to every stage implementation (a model file, a threshold), by
 *                   name; empty by default
 */
public record SitrepConfig(NlpConfig nlp, String language, ExtractConfig extract, CasualtyConfig casualties,
                           ActorConfig actors, DateResolverConfig dates, GeocoderConfig geocoder, DedupConfig dedup,
                           Map<String, String> settings) {
    /** The set-up the command line uses unless told otherwise: the rules for every stage, in English. */
    public static final SitrepConfig DEFAULT = new SitrepConfig(NlpConfig.DEFAULT, Language.DEFAULT_CODE,
            ExtractConfig.DEFAULT, CasualtyConfig.DEFAULT, ActorConfig.DEFAULT, DateResolverConfig.DEFAULT,
            GeocoderConfig.DEFAULT, DedupConfig.DEFAULT, Map.of());

    /** @throws NullPointerException if a part is null */
    public SitrepConfig {
        Objects.requireNonNull(nlp, "nlp");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(extract, "extract");
        Objects.requireNonNull(casualties, "casualties");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(geocoder, "geocoder");
        Objects.requireNonNull(dedup, "dedup");
        settings = Map.copyOf(settings);
    }

    /**
     * @param replacement how CoreNLP is set up
     * @return this set-up with that NLP set-up
     */
    public SitrepConfig withNlp(NlpConfig replacement) {
        return new SitrepConfig(replacement, language, extract, casualties, actors, dates, geocoder, dedup, settings);
    }

    /**
     * @param replacement which implementation each extraction stage uses
     * @return this set-up with those stages
     */
    public SitrepConfig withExtract(ExtractConfig replacement) {
        return new SitrepConfig(nlp, language, replacement, casualties, actors, dates, geocoder, dedup, settings);
    }

    /**
     * @param replacement the geocoder's settings and stages
     * @return this set-up with that geocoder
     */
    public SitrepConfig withGeocoder(GeocoderConfig replacement) {
        return new SitrepConfig(nlp, language, extract, casualties, actors, dates, replacement, dedup, settings);
    }

    /**
     * @param replacement the settings handed to every stage implementation
     * @return this set-up with those settings
     */
    public SitrepConfig withSettings(Map<String, String> replacement) {
        return new SitrepConfig(nlp, language, extract, casualties, actors, dates, geocoder, dedup, replacement);
    }
}
