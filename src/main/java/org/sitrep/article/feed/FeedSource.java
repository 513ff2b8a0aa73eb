package org.sitrep.article.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** Where a feed is read from: a URL polled over HTTP, or a file on disk. */
public sealed interface FeedSource {
    /** @return how messages name the source: the URL or the path as given */
    String name();

    /**
     * @param uri an absolute http or https URL
     */
    record Url(URI uri) implements FeedSource {
        /** @throws NullPointerException if uri is null */
        public Url {
            Objects.requireNonNull(uri, "uri");
        }

        @Override
        public String name() {
            return uri.toString();
        }
    }

    /**
     * @param path a feed document on disk
     */
    record File(Path path) implements FeedSource {
        /** @throws NullPointerException if path is null */
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /**
     * Reads a command-line argument: text starting with {@code http://} or {@code https://} (any case) is a URL,
     * any other text without a {@code scheme://} prefix is a file path.
     *
     * @param text the argument
     * @return the source
     * @throws IllegalArgumentException if the text is blank, an invalid URL, or a URL of another scheme
     * @throws NullPointerException     if text is null
     */
    static FeedSource parse(String text) {
        String lower = Objects.requireNonNull(text, "text").strip().toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            throw new IllegalArgumentException("a feed must be a URL or a file, not blank text");
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                return new Url(new URI(text.strip()));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("'" + text + "' is not a valid URL: " + e.getReason(), e);
            }
        }
        if (lower.matches("[a-z][a-z0-9+.-]*://.*")) {
            throw new IllegalArgumentException("'" + text + "' is neither an http(s) URL nor a file: "
                    + "feeds are read over http or https only");
        }
        return new File(Path.of(text));
    }
}
