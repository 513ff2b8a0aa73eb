package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.lang.Language;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.stage.Stages;
import org.sitrep.text.Span;
import org.sitrep.util.GeoMath;

/**
 * Finds the places named in a news text and resolves each to a gazetteer entry, in two stages: a
 * {@link ToponymFinder} reads the names and their cues from the document's words, a {@link ToponymResolver}
 * chooses one entry per name or drops it. The geocoder adds what neither stage owns: the outlet's country as
 * evidence, the names a caller marks, the NER locations the finder passed over, and the coding point of a
 * division.
 *
 * <p>With the rule-based stages ({@link RuleToponymFinder}, {@link RuleToponymResolver}), names are runs of
 * capitalised words (or words inside NER location hints) matched against the gazetteer, longest first;
 * ordinary words ("Most", "Reading") count only with a cue such as "in". Each name is resolved by the
 * containment the text writes ("Sherzad district, Nangarhar"), the countries the document is about (named
 * outright, by demonym, or by its other places), population and kind of place. A reading outside the
 * document's countries needs support: its container or country written in the text, another place near it,
 * or being a capital, a first-level division or a city of at least
 * {@link GeocoderConfig#minPopulationWithoutCue()} people; otherwise the name is dropped, and weak support
 * lowers the confidence. A word of an institution's name ("Palace of Justice", "the X movement") is a
 * place only when it is such a well-known one.
 * Thread-safe after construction when its stages are.
 *
 * <pre>{@code
 * Geocoder geocoder = new Geocoder(Gazetteer.loadDefault(), GeocoderConfig.DEFAULT, Language.english());
 * List<PlaceMention> places = geocoder.find(annotatedArticle);
 * }</pre>
 */
public final class Geocoder {
    /** Confidence of a name placed only at the place its story is about. */
    private static final double ANCHOR_CONFIDENCE = 0.2;
    /**
     * A marked name read only by a loose spelling or by a town inside it may lie this far from the story's place,
     * in km.
     */
    private static final double INDIRECT_READING_MAX_KM = 300;
    /** Confidence of a country named only by a demonym or an adjectival code. */
    private static final double ADJECTIVE_CONFIDENCE = 0.5;
    private final Gazetteer gazetteer;
    private final GeocoderConfig config;
    private final ToponymFinder finder;
    private final ToponymResolver resolver;

    /**
     * A geocoder with the toponym stages its configuration names (the rules by default).
     *
     * @param gazetteer the place names
     * @param config    settings; {@link GeocoderConfig#DEFAULT} suits news
     * @param language  the bundle of the texts' language
     * @throws org.sitrep.lang.LanguageException if the bundle lacks a {@code geo-*} resource
     * @throws org.sitrep.stage.StageException if a configured stage cannot be created
     */
    public Geocoder(Gazetteer gazetteer, GeocoderConfig config, Language language) {
        this(new GeoStageContext(gazetteer, config, language));
    }

    private Geocoder(GeoStageContext context) {
        this(context.gazetteer(), context.config(), finder(context), resolver(context));
    }

    /** The finder the configuration names, the rules being built in. */
    private static ToponymFinder finder(GeoStageContext c) {
        return Stages.create(ToponymFinder.class, c.config().finder(),
                Map.<String, Function<GeoStageContext, ? extends ToponymFinder>>of(Stages.RULES,
                        x -> new RuleToponymFinder(x.gazetteer(), x.config(), x.language())),
                GeoStageContext.class, c);
    }

    /** The resolver the configuration names, the rules being built in. */
    private static ToponymResolver resolver(GeoStageContext c) {
        return Stages.create(ToponymResolver.class, c.config().resolver(),
                Map.<String, Function<GeoStageContext, ? extends ToponymResolver>>of(Stages.RULES,
                        x -> new RuleToponymResolver(x.gazetteer(), x.config(), x.language())),
                GeoStageContext.class, c);
    }

    /**
     * A geocoder with the given stages.
     *
     * @param gazetteer the place names the stages read
     * @param config    settings; the geocoder itself reads {@link GeocoderConfig#outletWeight()}
     * @param finder    finds the names of a document
     * @param resolver  chooses one entry per name
     */
    public Geocoder(Gazetteer gazetteer, GeocoderConfig config, ToponymFinder finder, ToponymResolver resolver) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.config = Objects.requireNonNull(config, "config");
        this.finder = Objects.requireNonNull(finder, "finder");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * Finds and resolves the place mentions of a document, with its NER locations as hints and no outlet.
     *
     * @param doc the annotated article; {@link AnnotatedArticle#locationSpans()} are the hints
     * @return as {@link #find(AnnotatedArticle, List, Outlet)}
     */
    public List<PlaceMention> find(AnnotatedArticle doc) {
        return find(doc, doc.locationSpans(), Outlet.UNKNOWN);
    }

    /**
     * Finds and resolves the place mentions of a document, for a text from a known outlet, whose country counts
     * as evidence of the story's country ({@link GeocoderConfig#outletWeight()}).
     *
     * @param doc              the annotated article
     * @param nerLocationHints character spans an NER tagger marked as LOCATION, CITY, COUNTRY or
     *                         STATE_OR_PROVINCE; may be empty
     * @param outlet           where the text was published; {@link Outlet#UNKNOWN} when not known
     * @return the mentions in text order; precision NEAR for "near X", "90 km east of X", "X district" and a
     *         district the gazetteer lacks (resolved to its province), REGION for provinces and countries, SITE
     *         for towns, sites, "X district center" and capital phrases ("the Iraqi capital" is Baghdad; "the
     *         capital" alone is the capital of the document's main country)
     */
    public List<PlaceMention> find(AnnotatedArticle doc, List<Span> nerLocationHints, Outlet outlet) {
        return findWith(reading(doc, nerLocationHints, outlet), doc.text(), outlet);
    }

    /** Checks the arguments every public call takes and reads the text's names. */
    private ToponymReading reading(AnnotatedArticle doc, List<Span> nerLocationHints, Outlet outlet) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(nerLocationHints, "nerLocationHints");
        Objects.requireNonNull(outlet, "outlet");
        return finder.read(doc, nerLocationHints);
    }

    private List<PlaceMention> findWith(ToponymReading reading, String text, Outlet outlet) {
        List<Match> matches = reading.matches();
        return resolver.resolve(text, matches, evidence(reading, outlet)).resolved();
    }

    /** The countries the text's demonyms vouch for, and the outlet's own. */
    private Map<String, Double> evidence(ToponymReading reading, Outlet outlet) {
        Map<String, Double> countries = new HashMap<>(reading.adjectiveCountries());
        outlet.countryCode().filter(cc -> gazetteer.country(cc).isPresent() && config.outletWeight() > 0)
                .ifPresent(cc -> countries.merge(cc, config.outletWeight(), Double::sum));
        return countries;
    }

    /**
     * Finds the places of a document as {@link #find} does, and resolves as well every name the NER tagger
     * marked as a location that the finder passed over (as {@link #resolve} does), and the country
     * each demonym or adjectival code names ("Canadian", "US" in "US embassy"; precision REGION, confidence
     * {@value #ADJECTIVE_CONFIDENCE}): for readers who want every place a text names, not only those an event
     * can be located by.
     *
     * @param doc     the annotated article; {@link AnnotatedArticle#locationSpans()} are the NER locations
     * @param outlet  where the text was published; {@link Outlet#UNKNOWN} when not known
     * @return the mentions in text order
     */
    public List<PlaceMention> findAll(AnnotatedArticle doc, Outlet outlet) {
        return findAll(doc, doc.locationSpans(), outlet);
    }

    /**
     * As {@link #findAll(AnnotatedArticle, Outlet)}, with NER locations of the caller's.
     *
     * @param doc           the annotated article
     * @param nerLocations  character spans an NER tagger marked as locations
     * @param outlet        where the text was published; {@link Outlet#UNKNOWN} when not known
     * @return the mentions in text order
     */
    public List<PlaceMention> findAll(AnnotatedArticle doc, List<Span> nerLocations, Outlet outlet) {
        // Two passes on purpose: the matcher's own names are resolved on their own evidence first, so that
        // weakly supported NER-only names cannot shift the document's countries (measured on TR-News end to
        // end: 0.636 within 161 km against 0.629 when all are resolved together).
        String text = doc.text();
        ToponymReading reading = reading(doc, nerLocations, outlet);
        List<PlaceMention> found = findWith(reading, text, outlet);
        List<Span> missed = nerLocations.stream()
                .filter(h -> found.stream().noneMatch(m -> m.start() < h.end() && h.start() < m.end())).toList();
        List<PlaceMention> all = new ArrayList<>(found);
        all.addAll(resolve(doc, missed, outlet));
        for (CountryAdjective a : reading.adjectives()) {
            if (all.stream().noneMatch(m -> m.start() < a.end() && a.start() < m.end())) {
                // "Canadian", "US" in "US embassy": the country a qualifier names, as readers mark it
                gazetteer.country(a.countryCode()).ifPresent(c -> all.add(new PlaceMention(a.start(), a.end(),
                        text.substring(a.start(), a.end()), c, GeoPrecision.REGION, ADJECTIVE_CONFIDENCE)));
            }
        }
        all.sort(Comparator.comparingInt(PlaceMention::start));
        return List.copyOf(all);
    }

    /**
     * Resolves the place names at the given spans, and only those: the annotator or tagger that marked
     * them asserts they are places, so each gets its best reading even without support in the text. The
     * other names the text holds are still read, without NER hints, for the countries and places they put
     * in context.
     *
     * @param doc       the annotated article; its NER tags are not read
     * @param toponyms  character spans of place names in its text
     * @return one mention per span, in the spans' order, with the span's offsets and text: the span's own
     *         reading; for a building or institution ("Manila Cathedral") the place its name holds when the text
     *         supports it; for a name no gazetteer holds ("Royal Street"), or one read only by a loose spelling
     *         or a town inside it more than {@value #INDIRECT_READING_MAX_KM} km from the story, the place the
     *         story is about, at precision NEAR and confidence {@value #ANCHOR_CONFIDENCE}; left out when the
     *         text names no place at all
     * @throws IllegalArgumentException if a span lies outside the text
     */
    public List<PlaceMention> resolve(AnnotatedArticle doc, List<Span> toponyms) {
        return resolve(doc, toponyms, Outlet.UNKNOWN);
    }

    /**
     * As {@link #resolve(AnnotatedArticle, List)}, for a text from a known outlet.
     *
     * @param doc       the annotated article; its NER tags are not read
     * @param toponyms  character spans of place names in its text
     * @param outlet    where the text was published; {@link Outlet#UNKNOWN} when not known
     * @return one mention per span, as {@link #resolve(AnnotatedArticle, List)} describes
     * @throws IllegalArgumentException if a span lies outside the text
     */
    public List<PlaceMention> resolve(AnnotatedArticle doc, List<Span> toponyms, Outlet outlet) {
        Objects.requireNonNull(toponyms, "toponyms");
        ToponymReading reading = reading(doc, List.of(), outlet);
        String text = doc.text();
        for (Span s : toponyms) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("toponym span " + s.start() + "-" + s.end()
                        + " lies outside the text of " + text.length() + " characters");
            }
        }
        return pass(text, reading, reading.matches(), toponyms, outlet).atSpans(text, toponyms);
    }

    /**
     * Resolves the finder's names and the given spans together, so that each is read in the context of all
     * the others; a given span displaces the found names it overlaps.
     */
    private Pass pass(String text, ToponymReading reading, List<Match> found, List<Span> spans, Outlet outlet) {
        List<Match> given = spans.stream().map(reading::given).toList();
        List<Match> all = new ArrayList<>(given);
        for (Match m : found) {
            if (given.stream().noneMatch(g -> g.nameStart() < m.end() && m.start() < g.nameEnd())) {
                all.add(m);
            }
        }
        all.sort(Comparator.comparingInt(Match::nameStart));
        ToponymResolution resolution = resolver.resolve(text, all, evidence(reading, outlet));
        PlaceMention[] resolved = resolution.mentions().stream().map(m -> m.orElse(null))
                .toArray(PlaceMention[]::new);
        Optional<Place> anchor = resolution.anchor();
        anchor.ifPresent(a -> dropFarIndirectReadings(all, resolved, a));
        return new Pass(all, given, resolved, anchor);
    }

    /**
     * A marked name known only by another spelling ("Cauvery" read as Kovvur, a town 600 km away) or by a town
     * inside it (a Sydney story's "Paris Hotel"), far from the story's place, lies more likely at that place:
     * such readings are dropped, for {@link Pass#atSpans} to place the name at the anchor.
     */
    private static void dropFarIndirectReadings(List<Match> all, PlaceMention[] resolved, Place anchor) {
        for (int i = 0; i < resolved.length; i++) {
            Match m = all.get(i);
            if (resolved[i] != null && m.isGiven() && (m.loose() || m.partOfName())
                    && distanceKm(resolved[i].place(), anchor) > INDIRECT_READING_MAX_KM) {
                resolved[i] = null;
            }
        }
    }

    /**
     * One resolution of a text's names: every match, those given by the caller, their mentions, and the place
     * the story is about.
     */
    private record Pass(List<Match> all, List<Match> given, PlaceMention[] resolved, Optional<Place> anchor) {
        /** @return one mention per given span, as {@link Geocoder#resolve} describes */
        List<PlaceMention> atSpans(String text, List<Span> spans) {
            List<PlaceMention> out = new ArrayList<>();
            for (int k = 0; k < spans.size(); k++) {
                int index = all.indexOf(given.get(k));
                PlaceMention m = index < 0 ? null : resolved[index];
                Span s = spans.get(k);
                String name = text.substring(s.start(), s.end());
                if (m != null) {
                    out.add(new PlaceMention(s.start(), s.end(), name, m.place(), m.precision(), m.confidence()));
                } else if (anchor.isPresent()) {
                    // "Royal Street", "Brands Hatch": a name no gazetteer holds lies, most likely, in the place
                    // the story is about
                    out.add(new PlaceMention(s.start(), s.end(), name, anchor.get(), GeoPrecision.NEAR,
                            ANCHOR_CONFIDENCE));
                }
            }
            return List.copyOf(out);
        }
    }

    private static double distanceKm(Place a, Place b) {
        return GeoMath.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    /**
     * Moves a mention of a first-level division to the point event data codes it at: the division's seat,
     * as ACLED does for events known only to the province (the report mostly concerns its capital). The
     * name, kind and precision stay the division's; other mentions are returned unchanged.
     *
     * @param mention a mention from {@link #find} or {@link #resolve}
     * @return the mention with the seat's coordinates, or the mention itself
     */
    public PlaceMention atCodingPoint(PlaceMention mention) {
        Place p = mention.place();
        return gazetteer.seat(p).map(seat -> new PlaceMention(mention.start(), mention.end(), mention.text(),
                new Place(p.name(), p.countryCode(), p.country(), p.admin1(), seat.latitude(), seat.longitude(),
                        p.geonameId(), p.feature(), p.population()), mention.precision(), mention.confidence()))
                .orElse(mention);
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
            if (m.place().feature() == FeatureKind.REGION) {
                continue;
            }
            double w = m.place().feature() == FeatureKind.COUNTRY ? 0.5 : 1.0;
            weights.merge(m.place().countryCode(), w, Double::sum);
        }
        return weights.entrySet().stream().max(Map.Entry.comparingByValue())
                .flatMap(e -> gazetteer.country(e.getKey()));
    }
}
