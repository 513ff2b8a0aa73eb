package org.sitrep.time.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.sitrep.lang.Language;
import org.sitrep.time.DateMention;

/**
 * Runs every rule over a text and keeps the longest of overlapping expressions, so that
 * "Sunday, December 20, 2020" is one date and not a weekday plus a date. Immutable.
 */
public final class MentionScanner {
    private static final Comparator<DateMention> LEFTMOST_LONGEST =
            Comparator.comparingInt(DateMention::start).thenComparing(DateMention::end, Comparator.reverseOrder());

    private final List<Rule> rules;

    /**
     * @param language the bundle whose date words the rules read
     * @throws org.sitrep.lang.LanguageException if a resource is missing or malformed
     */
    public MentionScanner(Language language) {
        Names names = new Names(language);
        rules = Stream.concat(new AbsoluteRules(language, names).all().stream(),
                new RelativeRules(language, names).all().stream()).toList();
    }

    /**
     * @param text   the text to search
     * @param anchor the publication day, possibly unknown
     * @return the resolved expressions in text order, none overlapping
     */
    public List<DateMention> scan(String text, Anchor anchor) {
        List<DateMention> found = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                DateMention mention = rule.resolver().resolve(matcher, anchor);
                if (mention != null) {
                    found.add(mention);
                }
            }
        }
        found.sort(LEFTMOST_LONGEST);
        List<DateMention> kept = new ArrayList<>();
        int keptEnd = 0;
        for (DateMention mention : found) {
            if (mention.start() >= keptEnd) {
                kept.add(mention);
                keptEnd = mention.end();
            }
        }
        return List.copyOf(kept);
    }
}
