package org.sitrep.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.extract.Span;
import org.sitrep.geo.internal.WordLists;

/**
 * Finds the places named in a news text and resolves each to a gazetteer entry.
 *
 * <p>Names are runs of capitalised words (or words inside NER location hints) matched against the
 * gazetteer, longest first; ordinary words ("Most", "Reading") count only with a cue such as "in". Each
 * name is resolved by the containment the text writes ("Sherzad district, Nangarhar"), the countries the
 * document is about (named outright, by demonym, or by its other places), population and kind of place.
 * A reading outside the document's countries needs support: its container or country written in the text,
 * another place near it, or being a capital, a first-level division or a city of at least
 * {@link GeocoderConfig#minPopulationWithoutCue()} people; otherwise the name is dropped, and weak support
 * lowers the confidence. A word of an institution's name ("Palace of Justice", "the X movement") is a
 * place only when it is such a well-known one.
 * Thread-safe after construction.
 *
 * <pre>{@code
 * Geocoder geocoder = new Geocoder(Gazetteer.loadDefault(), GeocoderConfig.DEFAULT);
 * List<PlaceMention> places = geocoder.find(text, List.of());
 * }</pre>
 */
public final class Geocoder {
    private final Gazetteer gazetteer;
    private final GeocoderConfig config;
    private final WordLists words;

    /**
     * @param gazetteer the place names
     * @param config    settings; {@link GeocoderConfig#DEFAULT} suits news
     */
    public Geocoder(Gazetteer gazetteer, GeocoderConfig config) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.config = Objects.requireNonNull(config, "config");
        this.words = WordLists.load();
    }

    /**
     * Finds and resolves the place mentions of a text.
     *
     * @param text               the cleaned article text
     * @param nerLocationHints   character spans an NER tagger marked as LOCATION, CITY, COUNTRY or
     *                           STATE_OR_PROVINCE; may be empty
     * @return the mentions in text order; precision NEAR for "near X", "90 km east of X", "X district" and a
     *         district the gazetteer lacks (resolved to its province), REGION for provinces and countries, SITE
     *         for towns, sites, "X district center" and capital phrases ("the Iraqi capital" is Baghdad; "the
     *         capital" alone is the capital of the document's main country)
     */
    public List<PlaceMention> find(String text, List<Span> nerLocationHints) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(nerLocationHints, "nerLocationHints");
        MentionFinder finder = new MentionFinder(gazetteer, words, config.maxNameWords(), text, nerLocationHints);
        List<Match> matches = finder.matches();
        return new MentionResolver(gazetteer, config, text, matches, finder.adjectiveCountries()).resolve();
    }

    /**
     * The country a set of mentions is mostly about: each place counts once, a country named alone half.
     *
     * @param mentions mentions from {@link #find}
     * @return the country entry; empty when there are no mentions
     */
    public Optional<Place> focusCountry(List<PlaceMention> mentions) {
        Map<String, Double> weights = new HashMap<>();
        for (PlaceMention m : mentions) {
            double w = m.place().feature() == FeatureKind.COUNTRY ? 0.5 : 1.0;
            weights.merge(m.place().countryCode(), w, Double::sum);
        }
        return weights.entrySet().stream().max(Map.Entry.comparingByValue())
                .flatMap(e -> gazetteer.country(e.getKey()));
    }
}
