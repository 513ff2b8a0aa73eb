package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.lang.Language;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.text.Span;

/** {@link Geocoder} composes the toponym finder and resolver it is given. */
class StagesTest {
    private static Gazetteer gazetteer;
    private static RuleToponymFinder finder;
    private static RuleToponymResolver resolver;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadDefault();
        finder = new RuleToponymFinder(gazetteer, GeocoderConfig.DEFAULT, Language.english());
        resolver = new RuleToponymResolver(gazetteer, GeocoderConfig.DEFAULT, Language.english());
    }

    @Test
    void theRuleStagesFindWhatTheDefaultGeocoderFinds() {
        AnnotatedArticle doc = TextGeocoder.doc("Rockets hit Baghdad and Basra on Sunday, Iraqi police said.");
        Geocoder composed = new Geocoder(gazetteer, GeocoderConfig.DEFAULT, finder, resolver);
        Geocoder rules = new Geocoder(gazetteer, GeocoderConfig.DEFAULT, Language.english());
        assertEquals(rules.find(doc), composed.find(doc));
        assertEquals(List.of("Baghdad", "Basra"), composed.find(doc).stream().map(PlaceMention::text).toList());
    }

    @Test
    void aFinderThatFindsNothingLeavesNothingToResolve() {
        ToponymFinder none = (doc, hints) -> new ToponymReading() {
            @Override
            public List<Match> matches() {
                return List.of();
            }

            @Override
            public List<CountryAdjective> adjectives() {
                return List.of();
            }

            @Override
            public Map<String, Double> adjectiveCountries() {
                return Map.of();
            }

            @Override
            public Match given(Span span) {
                return finder.read(doc, hints).given(span);
            }
        };
        Geocoder geocoder = new Geocoder(gazetteer, GeocoderConfig.DEFAULT, none, resolver);
        assertTrue(geocoder.find(TextGeocoder.doc("Rockets hit Baghdad on Sunday.")).isEmpty());
    }

    @Test
    void theResolverSeesTheFindersNamesInTextOrderWithTheOutletsCountry() {
        List<List<Match>> seen = new ArrayList<>();
        List<Map<String, Double>> evidence = new ArrayList<>();
        ToponymResolver spy = (text, matches, countries) -> {
            seen.add(matches);
            evidence.add(countries);
            return resolver.resolve(text, matches, countries);
        };
        Geocoder geocoder = new Geocoder(gazetteer, GeocoderConfig.DEFAULT, finder, spy);
        List<PlaceMention> found = geocoder.find(TextGeocoder.doc("Floods closed roads in Hamilton and Toronto."),
                List.of(), Outlet.fromUrl("https://www.cbc.ca/news"));
        assertEquals(List.of("Hamilton", "Toronto"), seen.get(0).stream().map(Match::surface).toList());
        assertEquals(Optional.of(1.0), Optional.ofNullable(evidence.get(0).get("CA")), "the outlet's country");
        assertEquals("CA", found.get(0).place().countryCode(), "Hamilton, Ontario");
    }
}
