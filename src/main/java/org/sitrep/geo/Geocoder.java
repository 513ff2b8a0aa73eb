package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.geo.internal.DivisionAbbreviations;
import org.sitrep.geo.internal.WordLists;
import org.sitrep.text.Span;
import org.sitrep.util.GeoMath;

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
    private final WordLists words;
    private final DivisionAbbreviations abbreviations;

    /**
     * @param gazetteer the place names
     * @param config    settings; {@link GeocoderConfig#DEFAULT} suits news
     */
    public Geocoder(Gazetteer gazetteer, GeocoderConfig config) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.config = Objects.requireNonNull(config, "config");
        this.words = WordLists.load();
        this.abbreviations = DivisionAbbreviations.load();
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
        return find(text, nerLocationHints, Outlet.UNKNOWN);
    }

    /**
     * As {@link #find(String, List)}, for a text from a known outlet, whose country counts as evidence of the
     * story's country ({@link GeocoderConfig#outletWeight()}).
     *
     * @param text             the cleaned article text
     * @param nerLocationHints character spans an NER tagger marked as locations; may be empty
     * @param outlet           where the text was published; {@link Outlet#UNKNOWN} when not known
     * @return the mentions in text order
     */
    public List<PlaceMention> find(String text, List<Span> nerLocationHints, Outlet outlet) {
        return findWith(finder(text, nerLocationHints, outlet), text, outlet);
    }

    /** Checks the arguments every public call takes and reads the text's names. */
    private MentionFinder finder(String text, List<Span> nerLocationHints, Outlet outlet) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(nerLocationHints, "nerLocationHints");
        Objects.requireNonNull(outlet, "outlet");
        return new MentionFinder(gazetteer, words, abbreviations, config.maxNameWords(), text, nerLocationHints);
    }

    private List<PlaceMention> findWith(MentionFinder finder, String text, Outlet outlet) {
        List<Match> matches = finder.matches();
        return new MentionResolver(gazetteer, config, text, matches, evidence(finder, outlet)).resolve();
    }

    /** The countries the text's demonyms vouch for, and the outlet's own. */
    private Map<String, Double> evidence(MentionFinder finder, Outlet outlet) {
        Map<String, Double> countries = new HashMap<>(finder.adjectiveCountries());
        outlet.countryCode().filter(cc -> gazetteer.country(cc).isPresent() && config.outletWeight() > 0)
                .ifPresent(cc -> countries.merge(cc, config.outletWeight(), Double::sum));
        return countries;
    }

    /**
     * Finds the places of a text as {@link #find} does, and resolves as well every name the NER tagger
     * marked as a location that the gazetteer matcher passed over (as {@link #resolve} does), and the country
     * each demonym or adjectival code names ("Canadian", "US" in "US embassy"; precision REGION, confidence
     * {@value #ADJECTIVE_CONFIDENCE}): for readers who want every place a text names, not only those an event
     * can be located by.
     *
     * @param text          the cleaned text
     * @param nerLocations  character spans an NER tagger marked as locations
     * @return the mentions in text order
     */
    public List<PlaceMention> findAll(String text, List<Span> nerLocations) {
        return findAll(text, nerLocations, Outlet.UNKNOWN);
    }

    /**
     * As {@link #findAll(String, List)}, for a text from a known outlet.
     *
     * @param text          the cleaned text
     * @param nerLocations  character spans an NER tagger marked as locations
     * @param outlet        where the text was published; {@link Outlet#UNKNOWN} when not known
     * @return the mentions in text order
     */
    public List<PlaceMention> findAll(String text, List<Span> nerLocations, Outlet outlet) {
        // Two passes on purpose: the matcher's own names are resolved on their own evidence first, so that
        // weakly supported NER-only names cannot shift the document's countries (measured on TR-News end to
        // end: 0.636 within 161 km against 0.629 when all are resolved together).
        MentionFinder finder = finder(text, nerLocations, outlet);
        List<PlaceMention> found = findWith(finder, text, outlet);
        List<Span> missed = nerLocations.stream()
                .filter(h -> found.stream().noneMatch(m -> m.start() < h.end() && h.start() < m.end())).toList();
        List<PlaceMention> all = new ArrayList<>(found);
        all.addAll(resolve(text, missed, outlet));
        for (MentionFinder.CountryAdjective a : finder.adjectives()) {
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
     * other names the text holds are still read, for the countries and places they put in context.
     *
     * @param text      the text
     * @param toponyms  character spans of place names in {@code text}
     * @return one mention per span, in the spans' order, with the span's offsets and text: the span's own
     *         reading; for a building or institution ("Manila Cathedral") the place its name holds when the text
     *         supports it; for a name no gazetteer holds ("Royal Street"), or one read only by a loose spelling
     *         or a town inside it more than {@value #INDIRECT_READING_MAX_KM} km from the story, the place the
     *         story is about, at precision NEAR and confidence {@value #ANCHOR_CONFIDENCE}; left out when the
     *         text names no place at all
     * @throws IllegalArgumentException if a span lies outside the text
     */
    public List<PlaceMention> resolve(String text, List<Span> toponyms) {
        return resolve(text, toponyms, Outlet.UNKNOWN);
    }

    /**
     * As {@link #resolve(String, List)}, for a text from a known outlet.
     *
     * @param text      the text
     * @param toponyms  character spans of place names in {@code text}
     * @param outlet    where the text was published; {@link Outlet#UNKNOWN} when not known
     * @return one mention per span, as {@link #resolve(String, List)} describes
     * @throws IllegalArgumentException if a span lies outside the text
     */
    public List<PlaceMention> resolve(String text, List<Span> toponyms, Outlet outlet) {
        Objects.requireNonNull(toponyms, "toponyms");
        MentionFinder finder = finder(text, List.of(), outlet);
        for (Span s : toponyms) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("toponym span " + s.start() + "-" + s.end()
                        + " lies outside the text of " + text.length() + " characters");
            }
        }
        return pass(text, finder, finder.matches(), toponyms, outlet).atSpans(text, toponyms);
    }

    /**
     * Resolves the finder's names and the given spans together, so that each is read in the context of all
     * the others; a given span displaces the found names it overlaps.
     */
    private Pass pass(String text, MentionFinder finder, List<Match> found, List<Span> spans, Outlet outlet) {
        List<Match> given = spans.stream().map(finder::given).toList();
        List<Match> all = new ArrayList<>(given);
        for (Match m : found) {
            if (given.stream().noneMatch(g -> g.nameStart() < m.end() && m.start() < g.nameEnd())) {
                all.add(m);
            }
        }
        all.sort(Comparator.comparingInt(Match::nameStart));
        MentionResolver resolver = new MentionResolver(gazetteer, config, text, all, evidence(finder, outlet));
        PlaceMention[] resolved = resolver.resolveEach();
        Optional<Place> anchor = resolver.anchor(resolved);
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
