package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.geo.internal.GeoWords;
import org.sitrep.geo.internal.NameKeys;
import org.sitrep.util.GeoMath;

/**
 * The work of {@link RuleToponymResolver} on one text: chooses one gazetteer entry for each name found in it,
 * using the containment the text writes ("Dawlat Abad district, Balkh"), the document's countries, population
 * and the kind of place.
 * One instance per text; not shared between threads.
 */
final class MentionResolver {
    private static final Pattern ALIAS = Pattern.compile("^\\s*\\(([^)]+)\\)");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)|['‘’\"“”]");
    /** A candidate within this distance of a containing city lies inside it. */
    private static final double WITHIN_CITY_KM = 40;
    private static final long DOMINANT_RATIO = 100;
    /** A country is one of the document's own when it has at least this share of the leading country's weight. */
    private static final double FOCUS_SHARE = 0.5;
    /**
     * A capital this small (Hamilton, Bermuda: 900 people) gets no capital's bonus: a bare "Hamilton" means
     * one of the big cities of that name.
     */
    private static final long MIN_CAPITAL_POPULATION = 10_000;
    /**
     * Prominence of a landmark: its names are curated or distinctive ("Heathrow"), so they outweigh a small
     * town that happens to share one (Heathrow, Florida).
     */
    private static final double LANDMARK_PROMINENCE = 3.0;
    /** Another named place this close, in the same country, supports a reading abroad. */
    private static final double NEARBY_KM = 150;
    private static final double LOOSE_FACTOR = 0.7;
    /** Another name of the text readable within this distance supports a town. */
    private static final double NEIGHBOUR_KM = 80;
    /** Neighbours counted at most. */
    private static final int MAX_NEIGHBOURS = 3;

    /** What supports a reading, with the factor it leaves on the confidence. */
    private enum Support {
        /** In one of the document's countries. */
        FOCUS(1.0),
        /** Abroad, but the text writes its container, its country or a place near it. */
        CONTEXT(0.9),
        /** The only country the text gives any evidence of is this reading's own. */
        ALONE(0.7),
        /** Abroad and supported only by being a capital or big city. */
        POPULATION(0.6),
        /** Unsupported, but the caller asserted the name is a place: the best-scoring reading is kept. */
        GIVEN(0.5),
        /** Unsupported: the name is dropped. */
        NONE(0);

        private final double factor;

        Support(double factor) {
            this.factor = factor;
        }

        double factor() {
            return factor;
        }
    }

    private final Gazetteer gazetteer;
    private final GeocoderConfig config;
    private final GeoWords words;
    private final RankWeights w;
    private final String text;
    private final List<Match> matches;
    private final Map<String, Double> weights = new HashMap<>();
    /** Scores of each match's own candidates, kept once every weight is known. */
    private final Map<Match, List<Scored>> scored = new java.util.IdentityHashMap<>();
    private final Map<String, Integer> neighbourCounts = new HashMap<>();
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, Optional<Place>> capitals = new HashMap<>();
    private boolean scoresFinal;
    /** Votes for first-level divisions of the main country, by "country code.division name". */
    private final Map<String, Double> divisionWeights = new HashMap<>();
    /** The country each match stands for, counted in {@link #weights} once {@link #counted} is set. */
    private final String[] contributed;
    private final boolean[] counted;
    /** What supports each match's chosen reading; null where the name was dropped. */
    private final Support[] supports;
    /** Countries the text names outright; a demonym is too weak ("American University of Beirut"). */
    private final Set<String> named = new HashSet<>();

    MentionResolver(Gazetteer gazetteer, GeocoderConfig config, GeoWords words, String text, List<Match> matches,
                    Map<String, Double> adjectiveCountries) {
        this.gazetteer = gazetteer;
        this.config = config;
        this.words = words;
        this.w = config.weights();
        this.text = text;
        this.matches = new ArrayList<>(matches);
        this.weights.putAll(adjectiveCountries);
        this.contributed = new String[matches.size()];
        this.counted = new boolean[matches.size()];
        this.supports = new Support[matches.size()];
    }

    /** @return the resolved mentions in text order; names without a supported reading are left out */
    List<PlaceMention> resolve() {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention m : resolveEach()) {
            if (m != null) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /** @return one mention per match, in the matches' order; null where a name was dropped */
    PlaceMention[] resolveEach() {
        matches.replaceAll(this::withoutCountrysNamesakes);
        Place[] containers = applyContainment();
        weighCountries();
        countTrustedPlaces(containers);
        resolveBareCapitals();
        weighDivisions();
        scoresFinal = true;
        PlaceMention[] out = new PlaceMention[matches.size()];
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i) != null) {
                out[i] = rank(i, containers[i]).orElse(null);
            }
        }
        return out;
    }

    /**
     * @param i a match's index, after {@link #resolveEach}
     * @return true when match i was read on evidence in the text, not merely kept because the caller
     *         asserted it is a place
     */
    boolean supported(int i) {
        return supports[i] != null && supports[i] != Support.GIVEN;
    }

    /**
     * "Mexico", "Kuwait": a name that is a country's own is not its capital's alternate one; readings in that
     * country known by the name only as an alternate are dropped.
     */
    private Match withoutCountrysNamesakes(Match m) {
        if (m == null || !m.hasKind(FeatureKind.COUNTRY)) {
            return m;
        }
        String key = keyOf(m.surface());
        Set<String> countries = new HashSet<>();
        m.candidates().stream().filter(p -> p.feature() == FeatureKind.COUNTRY && keyOf(p.name()).equals(key))
                .forEach(p -> countries.add(p.countryCode()));
        List<Place> kept = m.candidates().stream().filter(p -> p.feature() == FeatureKind.COUNTRY
                || !countries.contains(p.countryCode()) || keyOf(p.name()).equals(key)).toList();
        return kept.size() == m.candidates().size() ? m : m.withCandidates(kept, m.loose());
    }

    /**
     * The place the story is about, where a marked name no gazetteer holds most likely lies: the town or site
     * the text names most often by its own name on evidence in the text, a town of the document's leading
     * division first; failing any town, its main division or country. Names kept merely because they were
     * marked, or read by another place's alternate name ("Jamison" for Jemison, Alabama), do not count.
     *
     * @param resolved the result of {@link #resolveEach}
     * @return the place; empty when no name counts
     */
    Optional<Place> anchor(PlaceMention[] resolved) {
        Map<Place, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < resolved.length; i++) {
            PlaceMention m = resolved[i];
            if (m == null || !supported(i) || m.place().feature() == FeatureKind.REGION
                    || m.place().feature() != FeatureKind.LANDMARK
                    && !keyOf(m.place().name()).equals(keyOf(matches.get(i).surface()))) {
                continue;
            }
            counts.merge(m.place(), 1, Integer::sum);
        }
        Comparator<Map.Entry<Place, Integer>> order = Comparator
                .comparingInt((Map.Entry<Place, Integer> e) -> e.getKey().feature().specificity()
                        >= FeatureKind.CITY.specificity() ? 1 : 0)
                .thenComparingInt(Map.Entry::getValue)
                .thenComparingDouble(e -> divisionShare(e.getKey()));
        // the first named wins a full tie
        return counts.entrySet().stream().reduce((best, e) -> order.compare(e, best) > 0 ? e : best)
                .map(Map.Entry::getKey);
    }

    /**
     * Narrows "X district, Y", "X in Y", "the X area of Y" and lists ("X and Z districts, Y") to the
     * candidates of X inside Y; returns each match's container (or null). A name marked as a place by a
     * place noun or found only by loose spelling is dropped when nothing of that name lies inside, but its
     * container is kept for the names before it.
     */
    private Place[] applyContainment() {
        List<Match> raw = List.copyOf(matches);
        Place[] containers = new Place[matches.size()];
        for (int i = matches.size() - 2; i >= 0; i--) {
            Match m = matches.get(i);
            Match next = matches.get(i + 1);
            if (m.end() > raw.get(i + 1).nameStart() || m.noun() == PlaceNoun.CAPITAL) {
                // overlapping matches have no gap to read; a capital phrase names its own city
                continue;
            }
            String gap = PARENTHESES.matcher(text.substring(m.end(), raw.get(i + 1).nameStart())).replaceAll("");
            Place container = null;
            boolean explicit = words.containerGap().matcher(gap).find();
            if (explicit) {
                container = next == null ? containers[i + 1] : containerOf(next, containers[i + 1]).orElse(null);
            } else if (words.listGap().matcher(gap).find()) {
                container = containers[i + 1];
            }
            if (container == null) {
                continue;
            }
            Place c = container;
            List<Place> inside = m.candidates().stream().filter(p -> within(p, c)).toList();
            boolean loose = m.loose();
            if (inside.isEmpty() && !m.candidates().isEmpty() && gap.contains(",") && m.noun() == PlaceNoun.NONE) {
                // "Sirte, the US gave air support": a known town before a comma is not looked for by another
                // spelling inside whatever name follows
                continue;
            }
            if (inside.isEmpty()) {
                inside = gazetteer.lookupLoose(m.surface()).stream().filter(p -> within(p, c)).toList();
                loose = true;
            }
            if (inside.isEmpty()) {
                inside = aliasInside(m, c);
                loose = false;
            }
            boolean mustBeInside = m.noun() != PlaceNoun.NONE || m.loose() || !gap.contains(",");
            if (inside.isEmpty() && (!mustBeInside || m.isGiven())) {
                continue;
            }
            if (inside.isEmpty() && m.noun().isDistrict() && c.feature() == FeatureKind.ADMIN1) {
                // a district the gazetteer lacks still places the event in part of its province
                inside = List.of(c);
                loose = false;
            }
            matches.set(i, inside.isEmpty() ? null : m.withCandidates(inside, loose));
            containers[i] = container;
            if (next != null && explicit) {
                matches.set(i + 1, next.withCandidates(List.of(container), next.loose()));
            }
        }
        return containers;
    }

    /** "Kash Rod (Delaram) district, Nimruz": the other name in parentheses, spelled exactly or loosely. */
    private List<Place> aliasInside(Match m, Place container) {
        Matcher alias = ALIAS.matcher(text.substring(m.nameEnd(), m.end()));
        if (!alias.find()) {
            return List.of();
        }
        List<Place> exact = gazetteer.lookup(alias.group(1)).stream().filter(p -> within(p, container)).toList();
        return exact.isEmpty()
                ? gazetteer.lookupLoose(alias.group(1)).stream().filter(p -> within(p, container)).toList() : exact;
    }

    /** The division, country or city that a following name stands for when it contains another. */
    private Optional<Place> containerOf(Match next, Place itsOwnContainer) {
        return next.candidates().stream()
                // an unknown district stands for its own container, which then holds the names before it
                .filter(p -> itsOwnContainer == null || within(p, itsOwnContainer) || p.equals(itsOwnContainer))
                .max((a, b) -> Double.compare(containerScore(a), containerScore(b)));
    }

    private double containerScore(Place p) {
        double kind = switch (p.feature()) {
            case ADMIN1 -> 5;
            case COUNTRY -> 4;
            default -> 0;
        };
        return kind + w.perPowerOfTen() * Math.log10(p.population() + 1.0);
    }

    private static boolean within(Place p, Place container) {
        if (!p.countryCode().equals(container.countryCode()) || p.equals(container)) {
            return false;
        }
        return switch (container.feature()) {
            case COUNTRY -> true;
            case ADMIN1 -> container.name().equals(p.admin1());
            default -> GeoMath.distanceKm(p.latitude(), p.longitude(), container.latitude(), container.longitude()) < WITHIN_CITY_KM;
        };
    }

    /**
     * Countries named outright count fully; so do cued places whose every reading lies in one country
     * (uncued one-word matches are too often surnames or group names to count).
     */
    private void weighCountries() {
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            if (m == null || m.candidates().isEmpty() || !m.cued() && !m.hasKind(FeatureKind.COUNTRY)
                    || m.hasKind(FeatureKind.REGION)) {
                continue;
            }
            String only = m.candidates().get(0).countryCode();
            boolean oneCountry = m.candidates().stream().allMatch(p -> p.countryCode().equals(only));
            if (m.hasKind(FeatureKind.COUNTRY) && namesAlsoADivision(m)) {
                // "Georgia" may be the US state: it names no country for sure
                contributed[i] = null;
            } else if (m.hasKind(FeatureKind.COUNTRY)) {
                Optional<Place> country = m.candidates().stream().filter(p -> p.feature() == FeatureKind.COUNTRY)
                        .findFirst();
                country.ifPresent(p -> named.add(p.countryCode()));
                contributed[i] = country.map(Place::countryCode).orElse(null);
            } else if (oneCountry) {
                contributed[i] = only;
            } else {
                contributed[i] = dominantReading(m).map(Place::countryCode).orElse(null);
            }
            if (m.hasKind(FeatureKind.COUNTRY) && contributed[i] != null) {
                count(i);
            }
        }
    }

    /**
     * Lets places vouch for their countries only when they are trustworthy: places with their container
     * written, capitals and big cities first, then places in a country already vouched for or near such a
     * place, until nothing changes. Two small towns abroad thus cannot make each other's country the
     * document's. When the text gives no other evidence at all, every place counts.
     */
    private void countTrustedPlaces(Place[] containers) {
        // demonyms and country names already make evidence
        boolean any = !weights.isEmpty();
        for (int i = 0; i < matches.size(); i++) {
            if (contributed[i] != null && !counted[i] && (containers[i] != null || readingIsBig(i))) {
                count(i);
                any = true;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < matches.size(); i++) {
                if (contributed[i] != null && !counted[i] && vouchedFor(i)) {
                    count(i);
                    any = changed = true;
                }
            }
        }
        if (!any) {
            for (int i = 0; i < matches.size(); i++) {
                if (contributed[i] != null && !counted[i]) {
                    count(i);
                }
            }
        }
    }

    private static boolean namesAlsoADivision(Match m) {
        return m.candidates().stream().anyMatch(p -> p.feature() == FeatureKind.ADMIN1);
    }

    /** Name keys are asked for again and again while ranking: computed once per name. */
    private String keyOf(String name) {
        return keys.computeIfAbsent(name, NameKeys::key);
    }

    private boolean isCapital(Place p) {
        return capitals.computeIfAbsent(p.countryCode(), gazetteer::capital).filter(p::equals).isPresent();
    }

    private void count(int i) {
        counted[i] = true;
        weights.merge(contributed[i], 1.0, Double::sum);
    }

    private boolean readingIsBig(int i) {
        return matches.get(i).candidates().stream()
                .anyMatch(p -> p.countryCode().equals(contributed[i]) && isBig(p));
    }

    private boolean vouchedFor(int i) {
        String cc = contributed[i];
        return inFocus(cc, i) || named.contains(cc) || matches.get(i).candidates().stream()
                .anyMatch(p -> p.countryCode().equals(cc) && nearOtherPlace(p, i));
    }

    /** Capitals, big cities and first-level divisions, whose names are rarely borrowed by chance. */
    private boolean isBig(Place p) {
        return p.feature() == FeatureKind.ADMIN1 || p.population() >= config.minPopulationWithoutCue()
                || gazetteer.capital(p.countryCode()).filter(p::equals).isPresent();
    }

    /** "the capital" alone stands for the capital of the country the document is mostly about. */
    private void resolveBareCapitals() {
        Optional<String> focus = weights.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            if (m != null && m.noun() == PlaceNoun.CAPITAL && m.candidates().isEmpty()) {
                List<Place> city = focus.flatMap(gazetteer::capital).stream().toList();
                matches.set(i, m.withCandidates(city, false));
            }
        }
    }

    /**
     * The reading at least {@value #DOMINANT_RATIO} times as populous as any reading in another country; none
     * when a reading abroad is a division or landmark, which has no population to compare ("Ontario" the
     * province is not dominated by Ontario, California).
     */
    private static Optional<Place> dominantReading(Match m) {
        Place top = m.candidates().stream().max((a, b) -> Long.compare(a.population(), b.population())).orElseThrow();
        if (m.candidates().stream().anyMatch(p -> p.population() == 0 && p.feature() != FeatureKind.CITY
                && !p.countryCode().equals(top.countryCode()))) {
            return Optional.empty();
        }
        long rival = m.candidates().stream().filter(p -> !p.countryCode().equals(top.countryCode()))
                .mapToLong(Place::population).max().orElse(0);
        return top.population() >= DOMINANT_RATIO * Math.max(rival, 1) ? Optional.of(top) : Optional.empty();
    }

    private double share(String countryCode) {
        double max = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return max == 0 ? 0 : weights.getOrDefault(countryCode, 0.0) / max;
    }

    /**
     * Picks the best-scoring candidate that has {@link Support}; failing that, a loosely spelled place in
     * one of the document's countries; failing that, nothing. Confidence is the logistic of the score margin
     * over the runner-up, scaled down for loose spelling and for weak support.
     */
    private Optional<PlaceMention> rank(int i, Place container) {
        Match m = matches.get(i);
        List<Scored> scored = scoredCandidates(m, m.candidates());
        for (int k = 0; k < scored.size(); k++) {
            Place p = scored.get(k).place();
            Support support = support(p, m, i, container);
            if (support != Support.NONE && plausible(p, m, container)) {
                supports[i] = support;
                return Optional.of(mention(m, p, margin(scored, k), m.loose(), support));
            }
        }
        if (m.isGiven() && m.loose() && !scored.isEmpty() && share(scored.get(0).place().countryCode()) == 0) {
            // a loose spelling far from the story ("South Ossetian" read as a Bavarian town) is no reading
            return Optional.empty();
        }
        if (m.isGiven() && m.partOfName()) {
            // "Carnegie Library" far from the story is not in the town of Carnegie: better the story's own place
            return Optional.empty();
        }
        if (m.isGiven() && !scored.isEmpty()) {
            supports[i] = Support.GIVEN;
            return Optional.of(mention(m, scored.get(0).place(), margin(scored, 0), m.loose(), Support.GIVEN));
        }
        if (!m.cued() || m.partOfName()) {
            return Optional.empty();
        }
        List<Place> loose = gazetteer.lookupLoose(m.surface()).stream()
                .filter(p -> m.isGiven() || inFocus(p.countryCode(), i)).toList();
        List<Scored> looseScored = scoredCandidates(m, loose);
        if (!looseScored.isEmpty()) {
            supports[i] = Support.FOCUS;
        }
        return looseScored.isEmpty() ? Optional.empty()
                : Optional.of(mention(m, looseScored.get(0).place(), margin(looseScored, 0), true, Support.FOCUS));
    }

    private record Scored(Place place, double score) {
    }

    private List<Scored> scoredCandidates(Match m, List<Place> candidates) {
        if (scoresFinal && candidates == m.candidates()) {
            return scored.computeIfAbsent(m, k -> score(m, candidates));
        }
        return score(m, candidates);
    }

    private List<Scored> score(Match m, List<Place> candidates) {
        String key = keyOf(m.surface());
        return candidates.stream().map(p -> new Scored(p, score(p, m, key)))
                .sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
    }

    /** The chosen candidate's lead over the best other one; 3 when it has no rival. */
    private static double margin(List<Scored> scored, int chosen) {
        double rival = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < scored.size(); k++) {
            if (k != chosen) {
                rival = Math.max(rival, scored.get(k).score());
            }
        }
        return rival == Double.NEGATIVE_INFINITY ? 3 : scored.get(chosen).score() - rival;
    }

    private PlaceMention mention(Match m, Place p, double margin, boolean loose, Support support) {
        double confidence = (1 / (1 + Math.exp(-margin))) * (loose ? LOOSE_FACTOR : 1.0) * support.factor();
        return new PlaceMention(m.start(), m.end(), m.surface(), p, precision(m, p), confidence);
    }

    /**
     * How well the text supports reading the name as this place: a place in one of the document's countries
     * needs nothing more; a place elsewhere needs its container written next to it ("Justice, Illinois"), its
     * country named in the text, another place of the text near it, or to be a capital or big city.
     */
    private Support support(Place p, Match m, int i, Place container) {
        boolean big = isBig(p);
        if (m.partOfName() && !big && p.feature() != FeatureKind.COUNTRY && p.feature() != FeatureKind.ADMIN1) {
            // "Palace of Justice", "the Amal movement": a word of an institution's name is a town only if famous
            return Support.NONE;
        }
        if (container != null || p.feature() == FeatureKind.COUNTRY || p.feature() == FeatureKind.LANDMARK
                || p.feature() == FeatureKind.REGION) {
            return Support.CONTEXT;
        }
        if (inFocus(p.countryCode(), i)) {
            return Support.FOCUS;
        }
        if (named.contains(p.countryCode()) || nearOtherPlace(p, i)) {
            return Support.CONTEXT;
        }
        if (big) {
            return Support.POPULATION;
        }
        return otherWeight(i, null) == 0 && m.cued() ? Support.ALONE : Support.NONE;
    }

    /** The country is among the document's main ones on the evidence of the other matches. */
    private boolean inFocus(String countryCode, int i) {
        double own = otherWeight(i, countryCode);
        return own > 0 && own >= FOCUS_SHARE * otherWeight(i, null);
    }

    /**
     * The weight of a country without match i's own contribution; with a null country, the largest such
     * weight of any country.
     */
    private double otherWeight(int i, String countryCode) {
        if (countryCode == null) {
            return weights.keySet().stream().mapToDouble(c -> otherWeight(i, c)).max().orElse(0);
        }
        double w = weights.getOrDefault(countryCode, 0.0);
        return counted[i] && countryCode.equals(contributed[i]) ? w - 1 : w;
    }

    /**
     * Another cued name of the text, read the way it scores best, lies in the same country within
     * {@value #NEARBY_KM} km (or is the division holding the place). Only its best reading counts: every
     * reading of a common name would lend support to almost any small town.
     */
    private boolean nearOtherPlace(Place p, int i) {
        String key = keyOf(matches.get(i).surface());
        for (int j = 0; j < matches.size(); j++) {
            Match other = matches.get(j);
            if (j == i || other == null || !other.cued() || other.candidates().isEmpty()
                    || keyOf(other.surface()).equals(key)) {
                continue;
            }
            Place q = scoredCandidates(other, other.candidates()).get(0).place();
            boolean sameCountry = q.countryCode().equals(p.countryCode());
            if (sameCountry && (q.feature() == FeatureKind.ADMIN1 ? q.name().equals(p.admin1())
                    : GeoMath.distanceKm(p.latitude(), p.longitude(), q.latitude(), q.longitude()) < NEARBY_KM)) {
                return true;
            }
        }
        return false;
    }

    private double score(Place p, Match m, String key) {
        double s = w.perPowerOfTen() * Math.log10(p.population() + 1.0) + w.countryFocus() * share(p.countryCode())
                + w.divisionFocus() * divisionShare(p);
        s += switch (p.feature()) {
            case COUNTRY, REGION -> w.country();
            case LANDMARK -> LANDMARK_PROMINENCE;
            case ADMIN1 -> sharesNameWithItsTown(p, m) ? 0.5 : w.division();
            default -> 0;
        };
        if ((p.feature() == FeatureKind.ADMIN1 || p.feature() == FeatureKind.COUNTRY) && partOfAnArea(m)) {
            s += w.division();
        }
        if (m.noun().prefers() != null) {
            s += m.noun().prefers() == p.feature() ? 6 : -3;
        }
        if (p.feature() == FeatureKind.CITY || p.feature() == FeatureKind.ADMIN2) {
            s += w.neighbour() * neighbours(p, key);
        }
        if (keyOf(p.name()).equals(key) || p.feature() == FeatureKind.LANDMARK) {
            // a place's own name outweighs another's alternate name: "Mexico" is the country, not Mexico City;
            // every name of a landmark is its own, curated or made distinctive when the gazetteer was built
            s += w.ownName();
        }
        if (p.feature() == FeatureKind.CITY && isCapital(p) && p.population() >= MIN_CAPITAL_POPULATION) {
            // "Washington" in the news is the capital, unless the story is about the state
            s += w.capital();
        }
        return s;
    }

    /** "eastern Washington", "central Iraq": a part of something large, a state or a country more than a town. */
    private boolean partOfAnArea(Match m) {
        return words.partOfAnArea().matcher(text.substring(Math.max(0, m.nameStart() - 24), m.nameStart())).find();
    }

    /**
     * "Kabul", "Kandahar": a division named after its own town is, when the name stands alone, mostly
     * the town; other divisions' names mostly mean the division ("Texas", not a village called Texas;
     * "Oklahoma", not Oklahoma City).
     */
    private boolean sharesNameWithItsTown(Place division, Match m) {
        String name = keyOf(division.name());
        return m.candidates().stream().anyMatch(p -> p.feature() == FeatureKind.CITY
                && p.countryCode().equals(division.countryCode()) && division.name().equals(p.admin1())
                && keyOf(p.name()).equals(name));
    }

    /**
     * The weight of a candidate's first-level division among the divisions of the document's places, as a
     * share of the leading division's: local news stays in one state or province, so "Gainesville" in a
     * story that also names Hall County and Georgia is the Georgia town.
     */
    private double divisionShare(Place p) {
        if (p.admin1() == null || divisionWeights.isEmpty()) {
            return 0;
        }
        double max = divisionWeights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return max == 0 ? 0 : divisionWeights.getOrDefault(p.countryCode() + "." + p.admin1(), 0.0) / max;
    }

    /**
     * Each distinct name votes once for every division of the main country that one of its readings lies
     * in; a division named outright gets two votes. Names read the same way in every story add the same to
     * all divisions, so what decides is which division most names can share: "Brandon", "Albany" and
     * "Douglas County" together are Minnesota.
     */
    private void weighDivisions() {
        Optional<String> focus = weights.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (focus.isEmpty()) {
            return;
        }
        Map<String, Set<String>> divisionsByName = new HashMap<>();
        for (Match m : matches) {
            if (m == null) {
                continue;
            }
            Set<String> divisions = divisionsByName.computeIfAbsent(keyOf(m.surface()), k -> new HashSet<>());
            for (Place p : m.candidates()) {
                if (p.countryCode().equals(focus.get()) && p.admin1() != null) {
                    divisions.add(p.countryCode() + "." + p.admin1());
                    if (p.feature() == FeatureKind.ADMIN1) {
                        divisionWeights.merge(p.countryCode() + "." + p.admin1(), 1.0, Double::sum);
                    }
                }
            }
        }
        divisionsByName.values().forEach(set -> set.forEach(d -> divisionWeights.merge(d, 1.0, Double::sum)));
    }

    /**
     * How many other names of the text can be read as a place of that very name within {@value #NEIGHBOUR_KM}
     * km of this reading, at most {@value #MAX_NEIGHBOURS}: places a story names together lie together.
     */
    private int neighbours(Place p, String ownKey) {
        String id = ownKey + "|" + p.geonameId() + "|" + p.name() + "|" + p.latitude() + "|" + p.longitude();
        Integer known = neighbourCounts.get(id);
        if (known != null) {
            return known;
        }
        int count = countNeighbours(p, ownKey);
        neighbourCounts.put(id, count);
        return count;
    }

    private int countNeighbours(Place p, String ownKey) {
        Set<String> near = new HashSet<>();
        for (Match other : matches) {
            if (other == null) {
                continue;
            }
            String key = keyOf(other.surface());
            if (near.contains(key)) {
                continue;
            }
            if (key.equals(ownKey)) {
                continue;
            }
            for (Place q : other.candidates()) {
                if (!keyOf(q.name()).equals(key)) {
                    // a namesake by alternate name only (Piqua, Ohio is also "Washington") is no neighbour
                    continue;
                }
                if (q.feature() != FeatureKind.COUNTRY && q.feature() != FeatureKind.REGION
                        && q.countryCode().equals(p.countryCode())
                        && GeoMath.distanceKm(p.latitude(), p.longitude(), q.latitude(), q.longitude()) < NEIGHBOUR_KM) {
                    near.add(key);
                    break;
                }
            }
            if (near.size() >= MAX_NEIGHBOURS) {
                break;
            }
        }
        return near.size();
    }

    /**
     * A loosely spelled name must lie in one of the document's countries; a one-word name without any
     * cue, far from them, must be a big place.
     */
    private boolean plausible(Place best, Match m, Place container) {
        if (m.loose() && container == null && share(best.countryCode()) == 0) {
            return false;
        }
        if (m.cued() || container != null || best.feature() != FeatureKind.CITY || share(best.countryCode()) > 0) {
            return true;
        }
        return best.population() >= config.minPopulationWithoutCue();
    }

    private static GeoPrecision precision(Match m, Place p) {
        if (m.near()) {
            return GeoPrecision.NEAR;
        }
        if (m.noun().isDistrict() && p.feature() == FeatureKind.ADMIN1) {
            return GeoPrecision.NEAR;
        }
        if (m.noun().precision() != null && m.noun().prefers() == p.feature()) {
            return m.noun().precision();
        }
        return p.feature() == FeatureKind.COUNTRY || p.feature() == FeatureKind.ADMIN1
                ? GeoPrecision.REGION : GeoPrecision.SITE;
    }
}
