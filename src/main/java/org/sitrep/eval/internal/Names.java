package org.sitrep.eval.internal;

import java.util.List;
import java.util.Locale;

/**
 * Lenient comparison of actor names: annotators and extractors name the same group at different lengths
 * ("Taliban" and "Taliban militants"), so either may contain the other.
 */
public final class Names {
    private Names() {
    }

    /**
     * Compares without trimming, since an annotator may write {@code "US "} on purpose to keep it from matching
     * inside longer words.
     *
     * @param acceptable gold names, any of which counts
     * @param predicted  the predicted name, or null
     * @return true when, ignoring case, the predicted name contains an acceptable name or is contained in one;
     *         a null or blank prediction never matches
     */
    public static boolean anyContains(List<String> acceptable, String predicted) {
        if (predicted == null || predicted.isBlank()) {
            return false;
        }
        String got = predicted.toLowerCase(Locale.ROOT);
        for (String name : acceptable) {
            String want = name.toLowerCase(Locale.ROOT);
            if (!want.isBlank() && (got.contains(want) || want.contains(got))) {
                return true;
            }
        }
        return false;
    }
}
