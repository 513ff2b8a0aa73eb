package org.sitrep.article.feed.internal;

import java.time.Duration;

/** Writes durations the way {@code --every} reads them. */
public final class Durations {
    private Durations() {
    }

    /**
     * @param duration a positive duration
     * @return the largest exact unit: {@code "1h"}, {@code "5m"}, {@code "30s"}, else milliseconds ({@code "300ms"})
     */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
