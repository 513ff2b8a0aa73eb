package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.geo.internal.DivisionAbbreviations;
import org.sitrep.geo.internal.GeoWords;
import org.sitrep.geo.internal.Word;
import org.sitrep.text.Span;

/**
 * The work of {@link RuleToponymFinder} on one text: finds its place names, runs of capitalised words looked
 * up in the gazetteer, longest first, with the cues around them. One instance per text; not shared between
 * threads.
 */
final class MentionFinder implements ToponymReading {
    private static final Pattern ALIAS_IN_PARENTHESES = Pattern.compile("^\\s*\\((\\p{Lu}[^)\\n]{1,40})\\)");
    private static final Pattern NOUN_AFTER = Pattern.compile("^(?:\\s*\\([^)\\n]{1,40}\\))?[\\s-]+(\\p{L}+)");
    /** At most this many words name the country in "the South Sudanese capital". */
    private static final int MAX_COUNTRY_WORDS = 3;

    private final Gazetteer gazetteer;
    private final GeoWords words;
    private final DivisionAbbreviations abbreviations;
    private final int maxWords;
    private final String text;
    private final List<Word> tokens;
    private final boolean[] hinted;
    private final List<Match> matches = new ArrayList<>();
    private final Map<String, Double> countryWeights = new HashMap<>();
    /** Demonyms and adjectival country codes, in text order: "Canadian", "US" in "US embassy". */
    private final List<CountryAdjective> adjectives = new ArrayList<>();
    /** The names found, once {@link #matches()} has read them. */
    private List<Match> found;

    /**
     * @param text   the document's text
     * @param tokens its words, from {@link org.sitrep.geo.internal.WordView}
     * @param hints  character spans marked as locations
     */
    MentionFinder(Gazetteer gazetteer, GeoWords words, DivisionAbbreviations abbreviations, int maxWords,
                  String text, List<Word> tokens, List<Span> hints) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.abbreviations = abbreviations;
        this.maxWords = maxWords;
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.hinted = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Word t = tokens.get(i);
            Span s = new Span(t.start(), t.end());
            hinted[i] = hints.stream().anyMatch(h -> h.overlaps(s));
        }
    }

    @Override
    public List<Match> matches() {
        if (found == null) {
            int i = 0;
            while (i < tokens.size()) {
                i = matchAt(i);
            }
            addAbbreviatedDivisions();
            found = List.copyOf(matches);
        }
        return found;
    }

    /** "Charleston, W.Va.": a division's abbreviation after a comma, which names the container. */
    private void addAbbreviatedDivisions() {
        Matcher m = abbreviations.afterComma().matcher(text);
        boolean added = false;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (matches.stream().anyMatch(x -> x.nameStart() < end && start < x.end())) {
                continue;
            }
            List<Place> division = abbreviated(m.group());
            if (!division.isEmpty()) {
                matches.add(new Match(start, start, end, end, m.group(), division, PlaceNoun.NONE, false, true, false,
                        false, Match.Origin.FOUND));
                added = true;
            }
        }
        if (added) {
            matches.sort(java.util.Comparator.comparingInt(Match::nameStart));
        }
    }

    private List<Place> abbreviated(String written) {
        return abbreviations.of(written).flatMap(d -> gazetteer.admin1(d.countryCode(), d.name())).stream().toList();
    }

    @Override
    public List<CountryAdjective> adjectives() {
        matches();
        return List.copyOf(adjectives);
    }

    @Override
    public Map<String, Double> adjectiveCountries() {
        matches();
        return Map.copyOf(countryWeights);
    }

    /** The place noun a word is, in the finder's language; {@link PlaceNoun#NONE} for any other word. */
    private PlaceNoun noun(String word) {
        return PlaceNoun.ofKind(words.placeNounKind(word));
    }

    /** Tries a name starting at token i; returns the index of the next token to try. */
    private int matchAt(int i) {
        int next = tryAt(i);
        if (matches.isEmpty()) {
            return next;
        }
        int mentionEnd = matches.get(matches.size() - 1).end();
        while (next < tokens.size() && tokens.get(next).start() < mentionEnd) {
            next++;
        }
        return next;
    }

    private int tryAt(int i) {
        int capital = capitalPhraseAt(i);
        if (capital > i) {
            return capital;
        }
        if (!startable(i)) {
            return i + 1;
        }
        int runEnd = withoutTrailingNoun(i, runEnd(i));
        int start = i;
        while (start < runEnd - 1 && isOrdinaryWord(tokens.get(start))) {
            start++;
        }
        boolean wholeName = runEnd - start > 1
                || nounAfter(runEnd) != PlaceNoun.NONE && !isOrdinaryWord(tokens.get(start));
        if (wholeName && cuedAfter(runEnd) && isOneName(start, runEnd) && tryWhole(start, runEnd)) {
            return runEnd;
        }
        for (int end = runEnd; end > i; end--) {
            if (!tokens.get(end - 1).capitalised() && !hinted[end - 1]) {
                continue;
            }
            if (end - i == 1 && isDemonym(i)) {
                return i + 1;
            }
            List<Place> candidates = lookup(i, end);
            if (!candidates.isEmpty() && accept(i, end, candidates)) {
                add(i, end, candidates, false);
                return end;
            }
        }
        return i + 1;
    }

    /**
     * "the Iraqi capital", "the Afghan capital", "the Iraq capital": the country's capital city; "the
     * capital" alone: the capital of the country the document is about, chosen by the resolver (the match
     * has no candidates and the noun {@link PlaceNoun#CAPITAL}). Returns the index after the phrase, or
     * {@code i} when no such phrase starts at token i.
     */
    private int capitalPhraseAt(int i) {
        if (!tokens.get(i).lower().equals(words.definiteArticle())) {
            return i;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + MAX_COUNTRY_WORDS + 1; k++) {
            if (!joined(k - 1, k)) {
                return i;
            }
            if (!tokens.get(k).lower().equals(words.capitalNoun())) {
                continue;
            }
            if (k + 1 < tokens.size() && joined(k, k + 1)
                    && words.notACityAfterCapital().contains(tokens.get(k + 1).lower())) {
                return i;
            }
            if (k == i + 1) {
                addCapital(i, k, List.of());
                return k + 1;
            }
            var country = gazetteer.country(surface(i + 1, k));
            if (country.isEmpty()) {
                return i;
            }
            countryWeights.merge(country.get().countryCode(), 0.5, Double::sum);
            List<Place> city = gazetteer.capital(country.get().countryCode()).stream().toList();
            if (city.isEmpty()) {
                return i;
            }
            addCapital(i, k, city);
            return k + 1;
        }
        return i;
    }

    private void addCapital(int the, int capital, List<Place> candidates) {
        int start = tokens.get(the).start();
        int end = tokens.get(capital).end();
        int mentionStart = qualifiedStart(start);
        matches.add(new Match(mentionStart, start, end, end, text.substring(start, end), candidates, PlaceNoun.CAPITAL,
                mentionStart < start, true, false, false, Match.Origin.FOUND));
    }

    /**
     * A multi-word name followed by "district" or ", Province" is taken whole, spelled loosely if need
     * be; with a place noun it is kept even when unknown, without candidates.
     */
    private boolean tryWhole(int start, int end) {
        String name = surface(start, end);
        List<Place> exact = gazetteer.lookup(name);
        if (!exact.isEmpty()) {
            add(start, end, exact, false);
            return true;
        }
        List<Place> loose = gazetteer.lookupLoose(name);
        Matcher alias = ALIAS_IN_PARENTHESES.matcher(after(tokens.get(end - 1).end()));
        if (loose.isEmpty() && alias.find()) {
            // "Chora (Charcheno) district": the other name may be the one the gazetteer knows
            List<Place> other = gazetteer.lookup(alias.group(1));
            if (!other.isEmpty()) {
                add(start, end, other, false);
                return true;
            }
            loose = gazetteer.lookupLoose(alias.group(1));
        }
        if (!loose.isEmpty() || nounAfter(end) != PlaceNoun.NONE) {
            // An unknown "X district" still tells that the names before it lie in its province.
            add(start, end, loose, true);
            return true;
        }
        return false;
    }

    /**
     * "Buuloburde District", "Helmand Province": a capitalised place noun ending a run that is not itself
     * a known name is read as the noun after the name; "City" and "Town" stay part of the name ("Sadr City").
     */
    private int withoutTrailingNoun(int start, int end) {
        PlaceNoun last = end - start > 1 ? noun(tokens.get(end - 1).text()) : PlaceNoun.NONE;
        boolean nounLast = last == PlaceNoun.DISTRICT || last == PlaceNoun.DIVISION;
        return nounLast && gazetteer.lookup(surface(start, end)).isEmpty() ? end - 1 : end;
    }

    /** "Kandahar and Zabul", "PD14 of Kandahar": a run joined by English function words may be several names. */
    private boolean isOneName(int start, int end) {
        for (int k = start; k < end; k++) {
            if (words.listWords().contains(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    private boolean startable(int i) {
        Word t = tokens.get(i);
        return (t.capitalised() || hinted[i]) && !words.never().contains(t.lower());
    }

    private int runEnd(int i) {
        int end = i + 1;
        int lastCapital = i + 1;
        while (end < tokens.size() && end - i < maxWords && joined(end - 1, end)) {
            Word t = tokens.get(end);
            if (t.capitalised() || hinted[end]) {
                if (words.never().contains(t.lower())) {
                    break;
                }
                lastCapital = end + 1;
            } else if (!words.nameConnectors().contains(t.lower())) {
                break;
            }
            end++;
        }
        return lastCapital;
    }

    /** Two words belong to one name only when a single space or hyphen separates them. */
    private boolean joined(int a, int b) {
        String gap = text.substring(tokens.get(a).end(), tokens.get(b).start());
        return gap.equals(" ") || gap.equals("-");
    }

    private boolean isOrdinaryWord(Word t) {
        String w = t.lower();
        return !t.isAbbreviation() && (words.common().contains(w) || words.never().contains(w));
    }

    private boolean isDemonym(int i) {
        var country = gazetteer.countryByDemonym(tokens.get(i).text());
        country.ifPresent(c -> noteAdjective(i, c));
        return country.isPresent();
    }

    private boolean accept(int start, int end, List<Place> candidates) {
        Word first = tokens.get(start);
        boolean hint = hinted[start];
        boolean cue = hint || cuedBefore(start) || nounAfter(end) != PlaceNoun.NONE;
        if (end - start == 1 && isOrdinaryWord(first) && (first.sentenceStart() && !hint || !cue)) {
            return false;
        }
        if (end < tokens.size() && words.governmentNouns().contains(tokens.get(end).lower()) && joined(end - 1, end)) {
            // "the Kabul government" names a government, not where something happened
            return false;
        }
        boolean country = candidates.stream().anyMatch(p -> p.feature() == FeatureKind.COUNTRY);
        if (country && usedAsAdjective(start, end, candidates)) {
            return false;
        }
        if (!country && hint && end < tokens.size() && hinted[end] && joined(end - 1, end)
                && tokens.get(end).capitalised() && noun(tokens.get(end).text()) == PlaceNoun.NONE) {
            // NER marks "Pul Mukhtar" as one place: "Pul" alone is a piece of an unknown name, not Poole
            return false;
        }
        return country || hint || !partOfLongerName(start, end);
    }

    /** Word i qualifies something as the country's: half a mention of the country, and an adjective. */
    private void noteAdjective(int i, Place country) {
        countryWeights.merge(country.countryCode(), 0.5, Double::sum);
        adjectives.add(new CountryAdjective(tokens.get(i).start(), tokens.get(i).end(), country.countryCode()));
    }

    /** "US embassy", "U.S. forces": the abbreviation qualifies a noun and names no location. */
    private boolean usedAsAdjective(int start, int end, List<Place> candidates) {
        if (end - start != 1 || !tokens.get(start).isAbbreviation() || end >= tokens.size()) {
            return false;
        }
        String gap = text.substring(tokens.get(start).end(), tokens.get(end).start());
        if (!gap.equals(" ") && !gap.equals("-") || words.nounFollowers().contains(tokens.get(end).lower())) {
            return false;
        }
        candidates.stream().filter(p -> p.feature() == FeatureKind.COUNTRY).findFirst()
                .ifPresent(c -> noteAdjective(start, c));
        return true;
    }

    /** "Qassem Soleimani", "Quds Force": a capitalised neighbour that is no place noun makes it a name. */
    private boolean partOfLongerName(int start, int end) {
        if (start > 0 && joined(start - 1, start)) {
            Word prev = tokens.get(start - 1);
            boolean inMatch = !matches.isEmpty() && matches.get(matches.size() - 1).nameEnd() >= prev.end();
            if (prev.capitalised() && !isOrdinaryWord(prev) && !inMatch
                    && gazetteer.countryByDemonym(prev.text()).isEmpty()) {
                return true;
            }
        }
        if (end < tokens.size() && joined(end - 1, end)) {
            Word next = tokens.get(end);
            return next.capitalised() && noun(next.text()) == PlaceNoun.NONE;
        }
        return false;
    }

    /**
     * "ATLANTA - A former...", "KABUL, Afghanistan (AP) —": a dateline, the place the story was filed from,
     * at the start of a sentence or line.
     */
    private boolean isDateline(int start, int end) {
        return tokens.get(start).sentenceStart() && words.datelineAfter().matcher(after(tokens.get(end - 1).end())).find();
    }

    private boolean cuedBefore(int start) {
        String before = before(tokens.get(start).start());
        return words.locativeBefore().matcher(before).find() || words.nearBefore().matcher(before).find();
    }

    private boolean cuedAfter(int end) {
        return nounAfter(end) != PlaceNoun.NONE
                || words.commaThenName().matcher(after(tokens.get(end - 1).end())).find()
                || hinted[end - 1];
    }

    private PlaceNoun nounAfter(int end) {
        String after = after(tokens.get(end - 1).end());
        Matcher m = NOUN_AFTER.matcher(after);
        PlaceNoun own = m.find() ? noun(m.group(1)) : PlaceNoun.NONE;
        if (own == PlaceNoun.DISTRICT && words.centreAfter().matcher(after.substring(m.end())).find()) {
            return PlaceNoun.DISTRICT_CENTRE;
        }
        if (own != PlaceNoun.NONE) {
            return own;
        }
        Matcher list = words.listThenNoun().matcher(after);
        return list.find() ? noun(list.group(1)) : PlaceNoun.NONE;
    }

    /**
     * A match for a span the caller marks as a place name ("Rapides Parish", "the Gaza Strip"), with the
     * entries of that name: spelled exactly, without a leading "the" or a trailing place noun, as a
     * country's demonym, then loosely. The match has no candidates when nothing is known by that name.
     *
     * @param span character offsets of the name in the text
     */
    @Override
    public Match given(Span span) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= span.start()) {
            first++;
        }
        int end = first;
        while (end < tokens.size() && tokens.get(end).start() < span.end()) {
            end++;
        }
        if (end == first) {
            String surface = text.substring(span.start(), span.end());
            return new Match(span.start(), span.start(), span.end(), span.end(), surface, List.of(), PlaceNoun.NONE,
                    false, true, false, false, Match.Origin.GIVEN);
        }
        String name = text.substring(span.start(), span.end()).strip();
        List<Place> exact = givenCandidates(name, span.end());
        boolean inner = exact.isEmpty() && end - first > 1;
        if (inner) {
            exact = innerName(first, end);
        }
        boolean loose = exact.isEmpty();
        List<Place> candidates = !loose ? exact : end - first == 1 ? gazetteer.lookupLoose(name) : List.of();
        Match m = build(first, end, candidates, loose).given();
        // the span, not the words around it, is the name: "Russian" in "Russian-backed"; a reading found inside
        // a longer name is a word of that name, which must earn its place as one
        return new Match(Math.min(m.start(), span.start()), span.start(), span.end(), Math.max(m.end(), span.end()),
                name, m.candidates(), m.noun(), m.near(), true, m.loose(), inner && !loose, Match.Origin.GIVEN);
    }

    /**
     * "Manila Cathedral", "University of California": a building's or institution's name locates it by the
     * longest place name inside it, towns and divisions only (a street's name is often a person's).
     */
    private List<Place> innerName(int first, int end) {
        for (int width = end - first - 1; width >= 1; width--) {
            for (int i = first; i + width <= end; i++) {
                if (width == 1 && (isOrdinaryWord(tokens.get(i)) || !tokens.get(i).capitalised()
                        || words.facilityWords().contains(tokens.get(i).lower()))) {
                    continue;
                }
                List<Place> inside = gazetteer.lookup(surface(i, i + width)).stream()
                        .filter(p -> p.feature() != FeatureKind.LANDMARK).toList();
                if (!inside.isEmpty()) {
                    return inside;
                }
            }
        }
        return List.of();
    }

    /**
     * The entries a marked name may stand for: a division's abbreviation ("W.Va."), a country's demonym
     * ("Canadian"), the name itself, without "the", without a trailing place noun or a "Republic of"; a code
     * in capitals ("EU", "UK", but not the dotted "L.A.") keeps only countries, divisions and regions when it
     * has any.
     */
    private List<Place> givenCandidates(String name, int end) {
        boolean dotAfter = end < text.length() && text.charAt(end) == '.';
        List<Place> division = abbreviated(dotAfter ? name + "." : name);
        if (division.isEmpty()) {
            division = abbreviated(name);
        }
        if (!division.isEmpty()) {
            return division;
        }
        if (!name.contains(" ")) {
            var country = gazetteer.countryByDemonym(name);
            if (country.isPresent()) {
                // "American", "Canadian": the country, not the Texas town of Canadian
                return List.of(country.get());
            }
        }
        List<Place> exact = gazetteer.lookup(name);
        for (Pattern strip : words.givenNameStrips()) {
            if (exact.isEmpty()) {
                String shorter = strip.matcher(name).replaceFirst("");
                exact = shorter.equals(name) || shorter.isBlank() ? exact : gazetteer.lookup(shorter);
            }
        }
        if (exact.isEmpty()) {
            exact = gazetteer.country(name).stream().toList();
        }
        if (name.length() <= 4 && name.equals(name.toUpperCase(java.util.Locale.ROOT)) && name.indexOf('.') < 0) {
            List<Place> areas = exact.stream().filter(p -> p.feature() != FeatureKind.CITY).toList();
            return areas.isEmpty() ? exact : areas;
        }
        return exact;
    }

    private void add(int start, int end, List<Place> candidates, boolean loose) {
        matches.add(build(start, end, candidates, loose));
    }

    private Match build(int start, int end, List<Place> found, boolean loose) {
        int nameStart = tokens.get(start).start();
        List<Place> candidates = inWrittenCountry(nameStart, found);
        int nameEnd = tokens.get(end - 1).end();
        int mentionStart = qualifiedStart(nameStart);
        Matcher m = NOUN_AFTER.matcher(after(nameEnd));
        boolean ownNoun = m.find() && noun(m.group(1)) != PlaceNoun.NONE;
        int mentionEnd = ownNoun ? nameEnd + m.end() : nameEnd;
        Matcher centre = words.centreAfter().matcher(text.substring(mentionEnd));
        if (ownNoun && centre.find()) {
            mentionEnd += centre.end();
        }
        boolean cued = hinted[start] || cuedBefore(start) || cuedAfter(end) || isDateline(start, end);
        return new Match(mentionStart, nameStart, nameEnd, mentionEnd, text.substring(nameStart, nameEnd),
                candidates, nounAfter(end), mentionStart < nameStart, cued, loose, inInstitutionName(start, end),
                Match.Origin.FOUND);
    }

    /**
     * "Palace of Justice", "the University of the X", "the X movement", "X Street": the name is a word of
     * an institution's or building's name written around it.
     */
    private boolean inInstitutionName(int start, int end) {
        int k = start - 1;
        if (k >= 1 && tokens.get(k).lower().equals(words.definiteArticle()) && joined(k, start)) {
            k--;
        }
        boolean afterOf = k >= 1 && tokens.get(k).lower().equals(words.of()) && joined(k, k + 1) && joined(k - 1, k)
                && tokens.get(k - 1).capitalised() && words.institutionHeads().contains(tokens.get(k - 1).lower());
        boolean headAfter = end < tokens.size() && joined(end - 1, end)
                && words.institutionHeads().contains(tokens.get(end).lower());
        return afterOf || headAfter;
    }

    /**
     * "the Syrian city of Aleppo", "the English town of Salisbury": the readings in the country the adjective
     * names, when there are any.
     */
    private List<Place> inWrittenCountry(int nameStart, List<Place> candidates) {
        Matcher m = words.countryThenKind().matcher(before(nameStart));
        if (!m.find() || candidates.isEmpty()) {
            return candidates;
        }
        String cc = gazetteer.countryByDemonym(m.group(1)).or(() -> gazetteer.country(m.group(1)))
                .map(Place::countryCode).orElse(null);
        List<Place> inside = candidates.stream().filter(p -> p.countryCode().equals(cc)).toList();
        return inside.isEmpty() ? candidates : inside;
    }

    /** Where a mention starting with a name begins: at a "near" or "N km east of" qualifier when one precedes it. */
    private int qualifiedStart(int nameStart) {
        Matcher near = words.nearBefore().matcher(before(nameStart));
        return near.find() ? nameStart - (near.end() - near.start()) : nameStart;
    }

    /** Abbreviations in capitals ("IS", "UN") are matched against country codes and aliases only. */
    private List<Place> lookup(int start, int end) {
        List<Place> all = gazetteer.lookup(surface(start, end));
        if (end - start > 1 || !tokens.get(start).isAbbreviation()) {
            return all;
        }
        return all.stream().filter(p -> p.feature() == FeatureKind.COUNTRY).toList();
    }

    private String surface(int start, int end) {
        return text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
    }

    private String before(int offset) {
        return text.substring(Math.max(0, offset - 60), offset);
    }

    private String after(int offset) {
        return text.substring(offset, Math.min(text.length(), offset + 40));
    }
}
