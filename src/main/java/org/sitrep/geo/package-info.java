/**
 * Places: the gazetteer and the geocoder that finds and resolves the place names of a document.
 *
 * <p>Owns the place-name dictionary ({@link org.sitrep.geo.Gazetteer}, its entries {@link org.sitrep.geo.Place}
 * and kinds {@link org.sitrep.geo.FeatureKind}) and the two stages of geocoding: toponym finding
 * ({@link org.sitrep.geo.ToponymFinder}, which reads a document's names, cues and country adjectives into
 * {@link org.sitrep.geo.Match}es) and toponym resolution ({@link org.sitrep.geo.ToponymResolver}, which
 * chooses one entry per name). The rule-based implementations are {@link org.sitrep.geo.RuleToponymFinder}
 * and {@link org.sitrep.geo.RuleToponymResolver}; {@link org.sitrep.geo.Geocoder} composes the two stages it
 * is given and adds the outlet's country ({@link org.sitrep.geo.Outlet}), names marked by a caller and the
 * point an event is coded at. Its results are {@link org.sitrep.geo.PlaceMention}s.
 *
 * <p>The geocoder reads the annotated document of {@code nlp} (its tokens, and its NER locations as hints);
 * the words of the language (place nouns, cue phrases, ordinary words that are rarely places) come from the
 * {@code geo-*} resources of the {@link org.sitrep.lang.Language} bundle it is built with. The gazetteer's
 * own data (countries, divisions, landmarks, the compiled index) is place data and lives here, under
 * {@code org/sitrep/geo/}.
 */
package org.sitrep.geo;
