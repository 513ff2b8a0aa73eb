package org.sitrep;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.article.Article;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventExtractor;
import org.sitrep.extract.actor.ActorNormalizer;
import org.sitrep.extract.casualty.CasualtyReader;
import org.sitrep.extract.internal.CueLexicon;
import org.sitrep.extract.internal.MentionReader;
import org.sitrep.extract.internal.ParseSelector;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.Geocoder;
import org.sitrep.geo.GeocoderConfig;
import org.sitrep.geo.Outlet;
import org.sitrep.geo.PlaceMention;
import org.sitrep.lang.Language;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.time.DateResolver;

/**
 * The composition root: loads the models and the gazetteer once and wires the pipeline
 * article &rarr; annotation &rarr; mentions &rarr; events. Thread-safe: share one instance across threads.
 */
public final class Sitrep {
    private final NlpPipeline nlp;
    private final EventExtractor extractor;
    private final Gazetteer gazetteer;
    private final Geocoder geocoder;
    private final ParseSelector selector;

    private Sitrep(NlpPipeline nlp, EventExtractor extractor, Gazetteer gazetteer, Geocoder geocoder) {
        this.nlp = nlp;
        this.extractor = extractor;
        this.gazetteer = gazetteer;
        this.geocoder = geocoder;
        this.selector = new ParseSelector(extractor.cues());
    }

    /**
     * Loads everything (CoreNLP models, gazetteer): several seconds and about 1 GB of heap.
     *
     * @param config the set-up
     * @return the ready pipeline
     * @throws org.sitrep.nlp.NlpException if the CoreNLP models cannot be loaded
     * @throws org.sitrep.geo.GazetteerException if the gazetteer index is missing
     * @throws org.sitrep.lang.LanguageException if the configured language has no bundle
     */
    public static Sitrep load(SitrepConfig config) {
        Objects.requireNonNull(config, "config");
        Language language = Language.load(config.language());
        Gazetteer gazetteer = Gazetteer.loadDefault();
        Geocoder geocoder = new Geocoder(gazetteer, GeocoderConfig.DEFAULT);
        Function<String, Optional<String>> countryOf = name -> countryOf(gazetteer, name);
        ActorNormalizer actors = new ActorNormalizer(org.sitrep.extract.actor.ActorConfig.DEFAULT, countryOf);
        MentionReader mentions = new MentionReader(CueLexicon.load(), new DateResolver(language), actors,
                new CasualtyReader(), countryOf);
        return new Sitrep(NlpPipeline.load(config.nlp()), new EventExtractor(mentions, geocoder), gazetteer,
                geocoder);
    }

    /**
     * A country for a name, demonym or code as written in text: codes count only in capitals, so that the
     * pronoun "it" is not Italy.
     */
    private static Optional<String> countryOf(Gazetteer gazetteer, String word) {
        boolean code = word.length() <= 3 && word.chars().allMatch(Character::isLetter);
        if (word.isEmpty() || code && !word.equals(word.toUpperCase(java.util.Locale.ROOT))
                || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        return gazetteer.country(word).map(p -> p.country());
    }

    /**
     * @param article a cleaned article
     * @return the events it reports
     * @throws org.sitrep.nlp.NlpException if CoreNLP fails on the text
     */
    public List<Event> extract(Article article) {
        return extractor.extract(annotate(article));
    }

    /**
     * @param article a cleaned article
     * @return its annotation; only sentences with a trigger cue get NER and a parse (unless configured otherwise)
     */
    public AnnotatedArticle annotate(Article article) {
        return nlp.annotate(article, selector);
    }

    /**
     * Finds and resolves every place an article names, with CoreNLP's location entities as hints for the
     * gazetteer matcher.
     *
     * @param article a cleaned article
     * @return the place mentions in text order
     * @throws org.sitrep.nlp.NlpException if CoreNLP fails on the text
     */
    public List<PlaceMention> geocode(Article article) {
        AnnotatedArticle tagged = nlp.tagEntities(article);
        return geocoder.findAll(article.text(), tagged.locationSpans(), Outlet.fromUrl(article.url()));
    }

    /** @return the geocoder, for callers that bring their own toponym spans */
    public Geocoder geocoder() {
        return geocoder;
    }

    /** @return the gazetteer, for commands that look places up */
    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
