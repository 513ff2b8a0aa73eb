package org.sitrep.article.feed;

import java.time.Duration;
import java.util.Objects;
import org.sitrep.article.CleanerConfig;
import org.sitrep.article.ReaderConfig;

/**
 * Settings of every HTTP download ({@link PageFetcher}, {@link FeedPoller}). Redirects are always followed
 * (up to the JDK's limit of 5), except from https to http.
 *
 * @param connectTimeout longest wait for a connection; default {@link #DEFAULT_CONNECT_TIMEOUT}
 * @param readTimeout    longest wait from sending a request to the last byte of the answer, redirects included;
 *                       default {@link #DEFAULT_READ_TIMEOUT}
 * @param maxBytes       largest body accepted, in bytes; default {@value #DEFAULT_MAX_BYTES}, as for files
 * @param userAgent      the {@code User-Agent} header; default {@link #DEFAULT_USER_AGENT}
 * @param cleaner        how fetched pages are cleaned; default {@link CleanerConfig#DEFAULT}
 */
public record FetchConfig(Duration connectTimeout, Duration readTimeout, long maxBytes, String userAgent,
                          CleanerConfig cleaner) {
    /** 10 seconds: a reachable news site connects in well under one. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** 30 seconds: enough for a slow page of a few megabytes, short enough that one dead feed holds up little. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    /** The same 10 MB limit as for one article file. */
    public static final long DEFAULT_MAX_BYTES = ReaderConfig.DEFAULT_MAX_BYTES;

    /** Names Sitrep, so that site owners can tell what is reading them. */
    public static final String DEFAULT_USER_AGENT = "Sitrep/0.1 (news-to-conflict-event extractor; Java HttpClient)";

    /** The settings used when none are given. */
    public static final FetchConfig DEFAULT = new FetchConfig(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
            DEFAULT_MAX_BYTES, DEFAULT_USER_AGENT, CleanerConfig.DEFAULT);

    /**
     * @throws IllegalArgumentException if a timeout or maxBytes is not positive, or userAgent is blank
     * @throws NullPointerException     if any object is null
     */
    public FetchConfig {
        positive("connectTimeout", Objects.requireNonNull(connectTimeout, "connectTimeout"));
        positive("readTimeout", Objects.requireNonNull(readTimeout, "readTimeout"));
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        if (Objects.requireNonNull(userAgent, "userAgent").isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        Objects.requireNonNull(cleaner, "cleaner");
    }

    /**
     * @param connect the new connect timeout
     * @param read    the new read timeout
     * @return a copy with those timeouts
     */
    public FetchConfig withTimeouts(Duration connect, Duration read) {
        return new FetchConfig(connect, read, maxBytes, userAgent, cleaner);
    }

    /**
     * @param bytes the new limit, in bytes
     * @return a copy with that limit
     */
    public FetchConfig withMaxBytes(long bytes) {
        return new FetchConfig(connectTimeout, readTimeout, bytes, userAgent, cleaner);
    }

    private static void positive(String name, Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
