package org.sitrep.geo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.geo.internal.GeoWords;
import org.sitrep.lang.Language;

/**
 * The rule-based {@link ToponymResolver}: scores each name's readings by population, kind of place, the
 * document's countries and divisions and the places named near it; a reading outside the document's countries
 * needs support (its container or country written in the text, another place near it, or being a capital, a
 * first-level division or a big city). Thread-safe.
 */
public final class RuleToponymResolver implements ToponymResolver {
    private final Gazetteer gazetteer;
    private final GeocoderConfig config;
    private final GeoWords words;

    /**
     * @param gazetteer the place names
     * @param config    settings: population threshold and ranking weights
     * @param language  the bundle of the texts' language, for the phrases that write containment ("X in Y")
     * @throws org.sitrep.lang.LanguageException if the bundle lacks a {@code geo-*} resource
     */
    public RuleToponymResolver(Gazetteer gazetteer, GeocoderConfig config, Language language) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.config = Objects.requireNonNull(config, "config");
        this.words = GeoWords.of(language);
    }

    @Override
    public ToponymResolution resolve(String text, List<Match> matches, Map<String, Double> countryEvidence) {
        MentionResolver resolver = new MentionResolver(gazetteer, config, words, text, matches, countryEvidence);
        PlaceMention[] each = resolver.resolveEach();
        Optional<Place> anchor = resolver.anchor(each);
        return new ToponymResolution(Arrays.stream(each).map(Optional::ofNullable).toList(), anchor);
    }
}
