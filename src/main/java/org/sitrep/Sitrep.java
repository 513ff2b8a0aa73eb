package org.sitrep;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.article.Article;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventExtractor;
import org.sitrep.extract.Readers;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.Geocoder;
import org.sitrep.geo.Outlet;
import org.sitrep.geo.PlaceMention;
import org.sitrep.lang.Language;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.stage.StageContext;
import org.sitrep.text.Span;

/**
 * The composition root: loads the models and the gazetteer once and wires the pipeline
 * article &rarr; annotation &rarr; mentions &rarr; events. Thread-safe: share one instance across threads.
 */
public final class Sitrep {
    private final SitrepConfig config;
    private final Language language;
    private final NlpPipeline nlp;
    private final EventExtractor extractor;
    private final Gazetteer gazetteer;
    private final Geocoder geocoder;

    private Sitrep(SitrepConfig config, Language language, NlpPipeline nlp, EventExtractor extractor,
                   Gazetteer gazetteer, Geocoder geocoder) {
        this.config = config;
        this.language = language;
        this.nlp = nlp;
        this.extractor = extractor;
        this.gazetteer = gazetteer;
        this.geocoder = geocoder;
    }

    /**
     * Loads everything (CoreNLP models, gazetteer): several seconds and about 1 GB of heap.
     *
     * @param config the set-up
     * @return the ready pipeline
     * @throws org.sitrep.nlp.NlpException if the CoreNLP models cannot be loaded
     * @throws org.sitrep.geo.GazetteerException if the gazetteer index is missing
     * @throws org.sitrep.lang.LanguageException if the configured language has no bundle
     * @throws org.sitrep.stage.StageException if a configured stage implementation cannot be created
     */
    public static Sitrep load(SitrepConfig config) {
        Objects.requireNonNull(config, "config");
        Language language = Language.load(config.language());
        Gazetteer gazetteer = Gazetteer.loadDefault();
        Geocoder geocoder = new Geocoder(gazetteer, config.geocoder(), language);
        Function<String, Optional<String>> countryOf = name -> countryOf(gazetteer, name);
        Readers readers = Readers.create(config.extract(), new StageContext(language, config.settings()),
                new Readers.RuleSettings(config.casualties(), config.actors(), config.dates(), countryOf));
        return new Sitrep(config, language, NlpPipeline.load(config.nlp()),
                new EventExtractor(readers, geocoder, language), gazetteer, geocoder);
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
     * @return the events it reports, each evidence span with the bounds of its sentence in the annotation
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
        return nlp.annotate(article, extractor.detector());
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
        return geocoder.findAll(tagged, Outlet.fromUrl(article.url()));
    }

    /**
     * Resolves the place names at the given spans of an article, and only those (see
     * {@link Geocoder#resolve(AnnotatedArticle, List, Outlet)}); the article is read shallowly, without NER.
     *
     * @param article  a cleaned article
     * @param toponyms character spans of place names in its text
     * @return one mention per span the geocoder could place, in the spans' order
     * @throws org.sitrep.nlp.NlpException if CoreNLP fails on the text
     * @throws IllegalArgumentException if a span lies outside the text
     */
    public List<PlaceMention> geocode(Article article, List<Span> toponyms) {
        return geocoder.resolve(annotateShallow(article), toponyms, Outlet.fromUrl(article.url()));
    }

    /**
     * @param article a cleaned article
     * @return its shallow layer: tokens, tags and lemmas of every sentence, no NER or parse
     * @throws org.sitrep.nlp.NlpException if CoreNLP fails on the text
     */
    public AnnotatedArticle annotateShallow(Article article) {
        return nlp.shallow(article);
    }

    /** @return the geocoder, for callers that bring their own annotated documents */
    public Geocoder geocoder() {
        return geocoder;
    }

    /** @return the gazetteer, for commands that look places up */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** @return the set-up this pipeline was loaded with */
    public SitrepConfig config() {
        return config;
    }

    /** @return the language bundle every reader takes its words from */
    public Language language() {
        return language;
    }
}
