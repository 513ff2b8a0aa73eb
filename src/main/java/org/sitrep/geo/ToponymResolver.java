package org.sitrep.geo;

import java.util.List;
import java.util.Map;

/**
 * Stage of the geocoder that chooses one gazetteer entry for each name a {@link ToponymFinder} found, or
 * drops the name: by the containment the text writes, the document's countries, population and kind of place.
 * {@link RuleToponymResolver} is the rule-based implementation. Implementations must be thread-safe.
 */
public interface ToponymResolver {
    /**
     * Resolves the names of one document together, each in the context of the others.
     *
     * @param text              the document's text, which the matches' offsets point into
     * @param matches           its names, ordered by {@link Match#nameStart()}
     * @param countryEvidence   weights of countries the text vouches for besides its names (adjectives, the
     *                          outlet), in mentions of that country, by ISO code
     * @return one reading per match, in the matches' order
     */
    ToponymResolution resolve(String text, List<Match> matches, Map<String, Double> countryEvidence);
}
