package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.geo.internal.Geo;
import org.sitrep.geo.internal.NameKeys;

/**
 * Chooses one gazetteer entry for each name found in a text, using the containment the text writes
 * ("Dawlat Abad district, Balkh"), the document's countries, population and the kind of place.
 * One instance per text; not shared between threads.
 */
final class MentionResolver {
    /** "X, Y", "X district administration center, Y", "X in Y", "X area of Y". */
    private static final Pattern CONTAINER_GAP = Pattern.compile("^(?:(?:\\s+[a-z]+){0,3}\\s*,\\s*(?:in\\s+)?"
            + "(?:the\\s+)?|\\s+(?:in|of|(?:area|village|villages|part|outskirts|limits|vicinity|centre|center)"
            + "\\s+of)\\s+(?:the\\s+)?)$");
    /** "X, Z", "X and Z", "X, and Z": names of one list share the container of the last. */
    private static final Pattern LIST_GAP = Pattern.compile("^\\s*(?:,|,?\\s+and|,?\\s+or)\\s+$");
    private static final Pattern ALIAS = Pattern.compile("^\\s*\\(([^)]+)\\)");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)|['‘’\"“”]");
    /** A candidate within this distance of a containing city lies inside it. */
    private static final double WITHIN_CITY_KM = 40;
    private static final double PER_POWER_OF_TEN = 0.4;
    private static final long DOMINANT_RATIO = 100;

    private final Gazetteer gazetteer;
    private final GeocoderConfig config;
    private final String text;
    private final List<Match> matches;
    private final Map<String, Double> weights = new HashMap<>();

    MentionResolver(Gazetteer gazetteer, GeocoderConfig config, String text, List<Match> matches,
                    Map<String, Double> adjectiveCountries) {
        this.gazetteer = gazetteer;
        this.config = config;
        this.text = text;
        this.matches = new ArrayList<>(matches);
        this.weights.putAll(adjectiveCountries);
    }

    List<PlaceMention> resolve() {
        Place[] containers = applyContainment();
        weighCountries();
        resolveBareCapitals();
        List<PlaceMention> out = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            if (m == null) {
                continue;
            }
            rank(m, containers[i]).ifPresent(out::add);
        }
        return List.copyOf(out);
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
            boolean explicit = CONTAINER_GAP.matcher(gap).find();
            if (explicit) {
                container = next == null ? containers[i + 1] : containerOf(next, containers[i + 1]).orElse(null);
            } else if (LIST_GAP.matcher(gap).find()) {
                container = containers[i + 1];
            }
            if (container == null) {
                continue;
            }
            Place c = container;
            List<Place> inside = m.candidates().stream().filter(p -> within(p, c)).toList();
            boolean loose = m.loose();
            if (inside.isEmpty()) {
                inside = gazetteer.lookupLoose(m.surface()).stream().filter(p -> within(p, c)).toList();
                loose = true;
            }
            if (inside.isEmpty()) {
                inside = aliasInside(m, c);
                loose = false;
            }
            boolean mustBeInside = m.noun() != PlaceNoun.NONE || m.loose() || !gap.contains(",");
            if (inside.isEmpty() && !mustBeInside) {
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
        return kind + PER_POWER_OF_TEN * Math.log10(p.population() + 1.0);
    }

    private static boolean within(Place p, Place container) {
        if (!p.countryCode().equals(container.countryCode()) || p.equals(container)) {
            return false;
        }
        return switch (container.feature()) {
            case COUNTRY -> true;
            case ADMIN1 -> container.name().equals(p.admin1());
            default -> Geo.km(p.latitude(), p.longitude(), container.latitude(), container.longitude()) < WITHIN_CITY_KM;
        };
    }

    /**
     * Countries named outright count fully; so do cued places whose every reading lies in one country
     * (uncued one-word matches are too often surnames or group names to count).
     */
    private void weighCountries() {
        for (Match m : matches) {
            if (m == null || m.candidates().isEmpty() || !m.cued() && !m.hasKind(FeatureKind.COUNTRY)) {
                continue;
            }
            String only = m.candidates().get(0).countryCode();
            boolean oneCountry = m.candidates().stream().allMatch(p -> p.countryCode().equals(only));
            if (m.hasKind(FeatureKind.COUNTRY)) {
                m.candidates().stream().filter(p -> p.feature() == FeatureKind.COUNTRY).findFirst()
                        .ifPresent(p -> weights.merge(p.countryCode(), 1.0, Double::sum));
            } else if (oneCountry) {
                weights.merge(only, 1.0, Double::sum);
            } else {
                dominantReading(m).ifPresent(p -> weights.merge(p.countryCode(), 1.0, Double::sum));
            }
        }
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

    /** The reading at least {@value #DOMINANT_RATIO} times as populous as any reading in another country. */
    private static Optional<Place> dominantReading(Match m) {
        Place top = m.candidates().stream().max((a, b) -> Long.compare(a.population(), b.population())).orElseThrow();
        long rival = m.candidates().stream().filter(p -> !p.countryCode().equals(top.countryCode()))
                .mapToLong(Place::population).max().orElse(0);
        return top.population() >= DOMINANT_RATIO * Math.max(rival, 1) ? Optional.of(top) : Optional.empty();
    }

    private double share(String countryCode) {
        double max = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return max == 0 ? 0 : weights.getOrDefault(countryCode, 0.0) / max;
    }

    private Optional<PlaceMention> rank(Match m, Place container) {
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        String key = NameKeys.key(m.surface());
        for (Place p : m.candidates()) {
            double s = score(p, m, key);
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = p;
            } else if (s > second) {
                second = s;
            }
        }
        if (best == null || !plausible(best, m, container)) {
            return Optional.empty();
        }
        double margin = second == Double.NEGATIVE_INFINITY ? 3 : bestScore - second;
        double confidence = (1 / (1 + Math.exp(-margin))) * (m.loose() ? 0.7 : 1.0);
        return Optional.of(new PlaceMention(m.start(), m.end(), m.surface(), best, precision(m, best), confidence));
    }

    private double score(Place p, Match m, String key) {
        double s = PER_POWER_OF_TEN * Math.log10(p.population() + 1.0) + config.focusWeight() * share(p.countryCode());
        s += switch (p.feature()) {
            case COUNTRY -> 2;
            case LANDMARK -> 1.5;
            case ADMIN1 -> 0.5;
            default -> 0;
        };
        if (m.noun().prefers() != null) {
            s += m.noun().prefers() == p.feature() ? 6 : -3;
        }
        if (NameKeys.key(p.name()).equals(key)) {
            s += 0.3;
        }
        return s;
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
