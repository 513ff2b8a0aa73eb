package org.sitrep.geo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.geo.internal.SourceData.City;
import org.sitrep.geo.internal.SourceData.GeoName;
import org.sitrep.geo.internal.SourceData.State;
import org.sitrep.util.GeoMath;

/**
 * Finds the name of each GeoNames first-level division code.
 *
 * <p>GeoNames writes admin1 as codes (often old FIPS numbers) while the names come from another data
 * set keyed by ISO codes, so the two are joined through the places both know: every GeoNames place
 * whose name and position (within {@value #MAX_KM} km) agree with a city of the other set votes for
 * that city's state; a code without votes takes the state whose centroid is nearest its places.
 */
final class Admin1Matcher {
    static final double MAX_KM = 15;
    /** A state sharing a division's code must lie this close to the division's places to be taken for it. */
    static final double SAME_CODE_MAX_KM = 1500;

    private final Map<String, List<City>> citiesByKey = new HashMap<>();
    private final Map<String, State> statesByCode = new HashMap<>();
    private final Map<String, List<State>> statesByCountry = new HashMap<>();
    private final Map<String, Map<String, Integer>> votes = new HashMap<>();
    private final Map<String, double[]> centres = new HashMap<>();

    Admin1Matcher(List<State> states, List<City> cities) {
        for (State s : states) {
            statesByCode.put(s.countryCode() + "." + s.code(), s);
            statesByCountry.computeIfAbsent(s.countryCode(), k -> new ArrayList<>()).add(s);
        }
        for (City c : cities) {
            citiesByKey.computeIfAbsent(c.countryCode() + "." + NameKeys.key(c.name()), k -> new ArrayList<>()).add(c);
        }
    }

    /** Lets one GeoNames place vote; call for every place before {@link #resolve}. */
    void add(GeoName g) {
        String code = g.countryCode() + "." + g.admin1Code();
        double[] centre = centres.computeIfAbsent(code, k -> new double[3]);
        centre[0] += g.lat();
        centre[1] += g.lon();
        centre[2]++;
        for (City c : citiesByKey.getOrDefault(g.countryCode() + "." + NameKeys.key(g.asciiName()), List.of())) {
            State s = statesByCode.get(c.countryCode() + "." + c.stateCode());
            if (s != null && GeoMath.distanceKm(g.lat(), g.lon(), c.lat(), c.lon()) < MAX_KM) {
                votes.computeIfAbsent(code, k -> new HashMap<>()).merge(s.code(), 1, Integer::sum);
            }
        }
    }

    /**
     * @return for each "country.admin1code" seen, the state it names; codes of countries without
     *         states are absent
     */
    Map<String, State> resolve() {
        Map<String, State> out = new HashMap<>();
        for (Map.Entry<String, double[]> e : centres.entrySet()) {
            String country = e.getKey().substring(0, e.getKey().indexOf('.'));
            Map<String, Integer> v = votes.get(e.getKey());
            State same = sameCode(e.getKey(), e.getValue());
            State chosen = same != null ? same : v == null ? nearest(country, e.getValue())
                    : statesByCode.get(country + "." + v.entrySet().stream()
                            .max(Map.Entry.comparingByValue()).orElseThrow().getKey());
            if (chosen != null) {
                out.put(e.getKey(), chosen);
            }
        }
        return out;
    }

    /**
     * "GB.NIR", "US.TX": where GeoNames writes a letter code that is also the other set's ISO code for a state
     * lying near the code's places, that state; such codes are ISO-based, so the match outweighs votes, which
     * the other set's county-level states can split (Belfast's towns would vote for a county, not Northern
     * Ireland). Number codes are GeoNames' own FIPS numbers and never match this way.
     */
    private State sameCode(String code, double[] sum) {
        String admin1 = code.substring(code.indexOf('.') + 1);
        State s = statesByCode.get(code);
        if (s == null || admin1.length() < 2 || !admin1.chars().allMatch(Character::isLetter)) {
            return null;
        }
        return GeoMath.distanceKm(sum[0] / sum[2], sum[1] / sum[2], s.lat(), s.lon()) < SAME_CODE_MAX_KM ? s : null;
    }

    private State nearest(String country, double[] sum) {
        double lat = sum[0] / sum[2];
        double lon = sum[1] / sum[2];
        State best = null;
        double bestKm = Double.MAX_VALUE;
        for (State s : statesByCountry.getOrDefault(country, List.of())) {
            double km = GeoMath.distanceKm(lat, lon, s.lat(), s.lon());
            if (km < bestKm) {
                bestKm = km;
                best = s;
            }
        }
        return best;
    }
}
