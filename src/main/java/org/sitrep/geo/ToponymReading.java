package org.sitrep.geo;

import java.util.List;
import java.util.Map;
import org.sitrep.text.Span;

/**
 * What a {@link ToponymFinder} read in one document: the place names it found, the countries the text's
 * adjectives vouch for, and the reading of any span a caller marks as a name. One instance per document;
 * not shared between threads.
 */
public interface ToponymReading {
    /** @return the names found, ordered by {@link Match#nameStart()}; the same list on every call */
    List<Match> matches();

    /** @return the demonyms and adjectival country codes read, in text order ("Canadian", "US" in "US embassy") */
    List<CountryAdjective> adjectives();

    /**
     * @return the countries the adjectives name, by ISO code, each with its weight in mentions of that country
     *         (a demonym counts half)
     */
    Map<String, Double> adjectiveCountries();

    /**
     * A match for a span the caller marks as a place name ("Rapides Parish", "the Gaza Strip"), with the
     * entries that name may stand for; without candidates when nothing is known by that name.
     *
     * @param span character offsets of the name in the document's text
     * @return the match, of origin {@link Match.Origin#GIVEN}
     */
    Match given(Span span);
}
