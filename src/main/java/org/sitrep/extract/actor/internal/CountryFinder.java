package org.sitrep.extract.actor.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.lang.Language;

/** Finds the country an actor phrase names through a demonym or a country name ("Afghan", "Iraq's", "U.S."). */
public final class CountryFinder {
    private static final int MAX_WORDS = 4;
    // No country's name or demonym is this short; a word this short is a code or an abbreviation.
    private static final int MAX_CODE_LETTERS = 3;
    private final Function<String, Optional<String>> demonymToCountry;
    // The abbreviations news uses for countries ("US", "UK", "DRC"); other codes are too often a state's or a
    // province's ("NC", "Va.", "KY") to name a country's forces.
    private final DemonymTable ownForms;
    // "Iran-backed militias" are not Iranian: a country word joined to these describes a sponsor.
    private final Set<String> sponsorWords;

    /**
     * @param demonymToCountry from a demonym or country name to the English short country name
     * @param language         the bundle of {@code actor-sponsor-words} and of the demonym table
     * @param demonymTable     name of the bundle's demonym table, the only source of short codes
     * @throws org.sitrep.lang.LanguageException if the list or the table is missing
     */
    public CountryFinder(Function<String, Optional<String>> demonymToCountry, Language language,
                         String demonymTable) {
        this.demonymToCountry = demonymToCountry;
        this.sponsorWords = language.words("actor-sponsor-words");
        this.ownForms = DemonymTable.load(language, demonymTable);
    }

    /**
     * A country reference found in some words.
     *
     * @param country English short country name
     * @param from    index of its first word
     * @param to      index one past its last word
     */
    public record Found(String country, int from, int to) {
    }

    /**
     * @param words a phrase's words
     * @param from  first word to look at
     * @param to    one past the last word to look at
     * @return the leftmost country reference, longest first at each position
     */
    public Optional<Found> find(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            for (int j = Math.min(to, i + MAX_WORDS); j > i; j--) {
                if (j < words.size() && sponsorWords.contains(words.get(j).norm())) {
                    continue;
                }
                String written = join(words, i, j);
                Optional<String> country = j == i + 1 && words.get(i).bare().length() <= MAX_CODE_LETTERS
                        ? ownForms.countryOf(words.subList(i, j)) : demonymToCountry.apply(written);
                if (country != null && country.isPresent()) {
                    return Optional.of(new Found(country.get(), i, j));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param words a phrase's words
     * @param from  first word
     * @param to    one past the last word
     * @return the words as written, possessives removed, joined by single spaces
     */
    public static String join(List<Word> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(words.get(i).text());
        }
        return sb.toString();
    }
}
