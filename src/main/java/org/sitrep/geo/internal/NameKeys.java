package org.sitrep.geo.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns place names into lookup keys, so that spelling variants of one name meet on one key.
 *
 * <p>The same functions run when the index is compiled and when text is looked up, which is why
 * variants need not be listed: "al-Ramadi", "Ar Ramadi" and "Ramadi" all reduce to {@code ramadi}.
 */
public final class NameKeys {
    /** Arabic article forms and Persian/Pashto connectors that transliterations add or drop freely. */
    private static final Set<String> ARTICLES = Set.of(
            "al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ud", "ul", "ad-d");
    private static final Set<String> CONNECTORS = Set.of("i", "e", "ye", "y", "wa", "va");
    /** District-centre prefixes of Afghan place names ("Wuleswali Sayyidabad" is the centre of Sayyidabad). */
    private static final Set<String> DISTRICT_CENTRE_PREFIXES = Set.of(
            "wuleswali", "woluswali", "wuluswali", "uluswali", "oluswali", "markaz", "markaze", "markazi",
            "hukumati", "hukumat");
    /** Words GeoNames appends to Afghan sub-district centres ("Ali Sher Alaqahdari"). */
    private static final Set<String> DISTRICT_CENTRE_SUFFIXES = Set.of("alaqahdari", "alaqadari", "alakadari",
            "wuleswali", "woluswali", "wuluswali");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʼʻ´\\.]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern IYA_ENDING = Pattern.compile("(iyah|iyeh|iyya|iyyah|iya|ieh|iyyeh)$");

    private NameKeys() {
    }

    /**
     * Folds case, diacritics, apostrophes and punctuation: {@code "Mazār-e Sharīf"} becomes
     * {@code "mazar e sharif"}.
     *
     * @param name a name as written
     * @return lower-case ASCII words separated by single spaces; empty when nothing is left
     */
    public static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace("ß", "ss")
                .replace("æ", "ae").replace("œ", "oe");
        s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        return NON_ALNUM.matcher(s).replaceAll(" ").trim();
    }

    /**
     * The exact lookup key: the folded name without articles, connectors and district-centre
     * prefixes, with one spelling of the -iyah ending and of q/k, and without spaces.
     *
     * @param name a name as written
     * @return the key; empty when the name has no letters left
     */
    public static String key(String name) {
        List<String> words = new ArrayList<>(List.of(fold(name).split(" ")));
        while (words.size() > 1 && DISTRICT_CENTRE_SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        boolean prefixed = false;
        while (words.size() > 1 && DISTRICT_CENTRE_PREFIXES.contains(words.get(0))) {
            words.remove(0);
            prefixed = true;
        }
        while (prefixed && words.size() > 1 && CONNECTORS.contains(words.get(0))) {
            words.remove(0);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean last = i == words.size() - 1;
            if (!last && ARTICLES.contains(w) || i > 0 && !last && CONNECTORS.contains(w)
                    || w.isEmpty() || DISTRICT_CENTRE_PREFIXES.contains(w) && !last) {
                continue;
            }
            out.append(IYA_ENDING.matcher(w).replaceFirst("iya"));
        }
        return out.toString().replace('q', 'k');
    }

    /**
     * A loose key for a second-chance lookup: consonants only, with h, w and y dropped and
     * doubled letters merged, so "Dawlat Abad" and "Dowlatabad" meet on {@code dltbd}.
     *
     * @param name a name as written
     * @return the skeleton; empty when shorter than three letters, which would match too much
     */
    public static String skeleton(String name) {
        String k = key(name).replace('c', 'k').replaceAll("[aeiouywh0-9]", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < k.length(); i++) {
            if (i == 0 || k.charAt(i) != k.charAt(i - 1)) {
                out.append(k.charAt(i));
            }
        }
        return out.length() < 3 ? "" : out.toString();
    }

    /**
     * @param name a name as written
     * @return true when every letter is Latin, so the name can be met in English text
     */
    public static boolean isLatin(String name) {
        return name.codePoints().allMatch(c -> !Character.isLetter(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
