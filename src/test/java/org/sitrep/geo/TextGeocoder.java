package org.sitrep.geo;

import java.util.List;
import java.util.Optional;
import org.sitrep.TestSitrep;
import org.sitrep.article.Article;
import org.sitrep.lang.Language;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.text.Span;

/**
 * A {@link Geocoder} for tests that write their texts as strings: each text is read into the document's
 * shallow layer (CoreNLP's tokens and sentences, no NER) by the shared test pipeline, then geocoded.
 */
final class TextGeocoder {
    private final Geocoder geocoder;

    /** A geocoder with the rule-based stages and the English bundle. */
    TextGeocoder(Gazetteer gazetteer, GeocoderConfig config) {
        this.geocoder = new Geocoder(gazetteer, config, Language.english());
    }

    /** @return the shallow layer of a text, as the geocoder reads it */
    static AnnotatedArticle doc(String text) {
        return TestSitrep.get().annotateShallow(Article.of("test", null, text));
    }

    List<PlaceMention> find(String text, List<Span> hints) {
        return find(text, hints, Outlet.UNKNOWN);
    }

    List<PlaceMention> find(String text, List<Span> hints, Outlet outlet) {
        return geocoder.find(doc(text), hints, outlet);
    }

    List<PlaceMention> findAll(String text, List<Span> hints) {
        return geocoder.findAll(doc(text), hints, Outlet.UNKNOWN);
    }

    List<PlaceMention> resolve(String text, List<Span> spans) {
        return geocoder.resolve(doc(text), spans);
    }

    Optional<Place> focusCountry(List<PlaceMention> mentions) {
        return geocoder.focusCountry(mentions);
    }
}
