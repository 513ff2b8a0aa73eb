package org.sitrep.geo.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.lang.Language;

/**
 * The words and phrase patterns of one language that the geocoder and the gazetteer build read: place nouns,
 * cue phrases, head words of institutions and buildings, the ordinary words that are rarely places. Each
 * comes from a {@code geo-*} resource of the language bundle (the resource's own comment says what it is
 * for). Immutable and thread-safe; make one per language and share it.
 */
public final class GeoWords {
    /** Flags of a pattern whose resource carries its own inline flags. */
    private static final int INLINE = 0;

    private final Set<String> never;
    private final Set<String> common;
    private final Set<String> nameConnectors;
    private final Set<String> governmentNouns;
    private final Set<String> listWords;
    private final Set<String> nounFollowers;
    private final Set<String> notACityAfterCapital;
    private final Set<String> institutionHeads;
    private final Set<String> facilityWords;
    private final Map<String, String> placeNouns;
    private final Map<String, String> phraseWords;
    private final Pattern nearBefore;
    private final Pattern locativeBefore;
    private final Pattern listThenNoun;
    private final Pattern centreAfter;
    private final List<Pattern> givenNameStrips;
    private final Pattern datelineAfter;
    private final Pattern commaThenName;
    private final Pattern countryThenKind;
    private final Pattern containerGap;
    private final Pattern listGap;
    private final Pattern partOfAnArea;
    private final Pattern articleThenCapital;

    private GeoWords(Language language) {
        never = language.words("geo-never-place-words");
        common = language.words("geo-common-place-words");
        nameConnectors = language.words("geo-name-connectors");
        governmentNouns = language.words("geo-government-nouns");
        listWords = language.words("geo-list-words");
        nounFollowers = language.words("geo-noun-followers");
        notACityAfterCapital = language.words("geo-not-a-city-after-capital");
        institutionHeads = language.words("geo-institution-heads");
        Set<String> facilities = new HashSet<>(institutionHeads);
        facilities.addAll(language.words("geo-facility-words"));
        facilityWords = Set.copyOf(facilities);
        placeNouns = language.map("geo-place-nouns");
        phraseWords = language.map("geo-phrase-words");
        nearBefore = language.pattern("geo-near-before", INLINE);
        locativeBefore = language.pattern("geo-locative-before", INLINE);
        listThenNoun = language.pattern("geo-list-then-noun", INLINE);
        centreAfter = language.pattern("geo-centre-after", INLINE);
        givenNameStrips = language.list("geo-given-name-strips").stream().map(Pattern::compile).toList();
        datelineAfter = language.pattern("geo-dateline-after", INLINE);
        commaThenName = language.pattern("geo-comma-then-name", INLINE);
        countryThenKind = language.pattern("geo-country-then-kind", INLINE);
        containerGap = language.pattern("geo-container-gap", INLINE);
        listGap = language.pattern("geo-list-gap", INLINE);
        partOfAnArea = language.pattern("geo-part-of-an-area", INLINE);
        articleThenCapital = language.pattern("geo-article-then-capital", INLINE);
    }

    /**
     * @param language the bundle to read
     * @return the geocoder's words of that language
     * @throws org.sitrep.lang.LanguageException if a {@code geo-*} resource is missing or malformed
     */
    public static GeoWords of(Language language) {
        return new GeoWords(Objects.requireNonNull(language, "language"));
    }

    /** @return capitalised words that are never places, not even after "in" ("March", "President"); lower case */
    public Set<String> never() {
        return never;
    }

    /** @return ordinary words that are places only with a clear cue ("Reading", "Mobile"); lower case */
    public Set<String> common() {
        return common;
    }

    /** @return lower-case words that may join the words of one name ("of", "the", "al") */
    public Set<String> nameConnectors() {
        return nameConnectors;
    }

    /** @return nouns that make the name before them a government's ("the Kabul government") */
    public Set<String> governmentNouns() {
        return governmentNouns;
    }

    /** @return function words that may separate several names in a run of capitals; case-sensitive */
    public Set<String> listWords() {
        return listWords;
    }

    /** @return words after a code in capitals that make it a noun ("the US has"), not an adjective */
    public Set<String> nounFollowers() {
        return nounFollowers;
    }

    /** @return words after "capital" that make it money or law ("capital punishment") */
    public Set<String> notACityAfterCapital() {
        return notACityAfterCapital;
    }

    /** @return head nouns of institutions' names ("palace", "university", "movement") */
    public Set<String> institutionHeads() {
        return institutionHeads;
    }

    /** @return head words of buildings, streets and sites, the institution heads included */
    public Set<String> facilityWords() {
        return facilityWords;
    }

    /**
     * @param word a word as written
     * @return the kind of place the noun tells ({@code DISTRICT}, {@code DIVISION}, {@code SETTLEMENT}); null
     *         when the word is no place noun
     */
    public String placeNounKind(String word) {
        return placeNouns.get(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** @return the definite article, in lower case ("the") */
    public String definiteArticle() {
        return phraseWords.get("definite-article");
    }

    /** @return the noun of a capital city, in lower case ("capital") */
    public String capitalNoun() {
        return phraseWords.get("capital");
    }

    /** @return the preposition of an institution's name, in lower case ("of" in "Palace of Justice") */
    public String of() {
        return phraseWords.get("of");
    }

    /** @return what before a name puts an event near it ("near", "30 km north of") */
    public Pattern nearBefore() {
        return nearBefore;
    }

    /** @return what before a name cues it as a place ("in", "province", "attacked") */
    public Pattern locativeBefore() {
        return locativeBefore;
    }

    /** @return a list of names then a plural place noun (group 1) */
    public Pattern listThenNoun() {
        return listThenNoun;
    }

    /** @return "center" after "X district" */
    public Pattern centreAfter() {
        return centreAfter;
    }

    /** @return what a marked name may carry around the gazetteer's name, in the order to try */
    public List<Pattern> givenNameStrips() {
        return givenNameStrips;
    }

    /** @return what follows a dateline's place */
    public Pattern datelineAfter() {
        return datelineAfter;
    }

    /** @return a comma then another name */
    public Pattern commaThenName() {
        return commaThenName;
    }

    /** @return "the Syrian city of " before a name; group 1 is the country or its adjective */
    public Pattern countryThenKind() {
        return countryThenKind;
    }

    /** @return the gap between two names that makes the second contain the first */
    public Pattern containerGap() {
        return containerGap;
    }

    /** @return the gap between two names of one list */
    public Pattern listGap() {
        return listGap;
    }

    /** @return "eastern", "central" before a name */
    public Pattern partOfAnArea() {
        return partOfAnArea;
    }

    /** @return a lower-case article before a capitalised name ("al-Anbar"), which counts as capitalised */
    public Pattern articleThenCapital() {
        return articleThenCapital;
    }
}
