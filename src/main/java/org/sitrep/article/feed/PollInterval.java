package org.sitrep.article.feed;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the interval of {@code --every}: a whole number and a unit, {@code s}, {@code m} or {@code h}. */
public final class PollInterval {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*([a-zA-Z]*)");

    /** Shortest interval accepted: polling a site more often than this is unkind to it. */
    public static final Duration MIN = Duration.ofSeconds(10);

    /** Longest interval accepted: one week. */
    public static final Duration MAX = Duration.ofDays(7);

    private PollInterval() {
    }

    /**
     * @param text e.g. {@code "30s"}, {@code "5m"}, {@code "1h"}; surrounding white space is ignored
     * @return the interval
     * @throws IllegalArgumentException with a message for the user if the text is not of that form, or the
     *                                  interval is shorter than {@link #MIN} or longer than {@link #MAX}
     * @throws NullPointerException     if text is null
     */
    public static Duration parse(String text) {
        Matcher m = FORM.matcher(Objects.requireNonNull(text, "text").strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--every '" + text + "' is not an interval: write a whole number "
                    + "and a unit, e.g. 30s, 5m or 1h");
        }
        Duration interval = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(Long.parseLong(m.group(1)));
            case "m" -> Duration.ofMinutes(Long.parseLong(m.group(1)));
            case "h" -> Duration.ofHours(Long.parseLong(m.group(1)));
            case "" -> throw new IllegalArgumentException("--every '" + text + "' has no unit: add s, m or h, "
                    + "e.g. " + m.group(1) + "m");
            default -> throw new IllegalArgumentException("--every '" + text + "' has unknown unit '" + m.group(2)
                    + "': use s (seconds), m (minutes) or h (hours)");
        };
        if (interval.compareTo(MIN) < 0 || interval.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("--every '" + text + "' is out of range: poll at most every 10s "
                    + "and at least every 168h (one week)");
        }
        return interval;
    }
}
