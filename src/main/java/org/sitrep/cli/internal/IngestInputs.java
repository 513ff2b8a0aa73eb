package org.sitrep.cli.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.article.feed.FeedReader;
import org.sitrep.article.feed.FeedSource;
import org.sitrep.cli.UsageException;

/**
 * The arguments of {@code sitrep ingest}, sorted by how they are read: article files and directories go to the
 * article reader, feed files and feed addresses to the feed poller, and other web addresses are fetched to learn
 * whether they are a page or a feed.
 *
 * <p>A web address or file ending in {@code .xml}, {@code .rss} or {@code .atom} is a feed. A file with an
 * extension the article reader knows ({@code .txt .html .htm .jsonl .json}) is an article file; any other file is a
 * feed when {@link FeedReader#recognises(Path) it starts like one}, else an article file read as text.
 *
 * @param files article files and directories, in the order given
 * @param feeds feed files and feed addresses, in the order given
 * @param urls  web addresses that may be a page or a feed
 */
public record IngestInputs(List<Path> files, List<FeedSource> feeds, List<URI> urls) {
    private static final Set<String> FEED_EXTENSIONS = Set.of("xml", "rss", "atom");
    private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "html", "htm", "jsonl", "json");

    /** Copies the lists. */
    public IngestInputs {
        files = List.copyOf(files);
        feeds = List.copyOf(feeds);
        urls = List.copyOf(urls);
    }

    /**
     * @param args the command-line arguments, each a path or an http(s) URL
     * @return the arguments sorted
     * @throws UsageException if an argument is blank, an invalid URL or a URL of another scheme
     */
    public static IngestInputs of(List<String> args) {
        List<Path> files = new ArrayList<>();
        List<FeedSource> feeds = new ArrayList<>();
        List<URI> urls = new ArrayList<>();
        for (String arg : args) {
            FeedSource source = parse(arg);
            if (source instanceof FeedSource.Url url) {
                if (FEED_EXTENSIONS.contains(extension(url.uri().getPath()))) {
                    feeds.add(source);
                } else {
                    urls.add(url.uri());
                }
            } else if (isFeedFile(((FeedSource.File) source).path())) {
                feeds.add(source);
            } else {
                files.add(((FeedSource.File) source).path());
            }
        }
        return new IngestInputs(files, feeds, urls);
    }

    private static FeedSource parse(String arg) {
        try {
            return FeedSource.parse(arg);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static boolean isFeedFile(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        String extension = extension(path.getFileName().toString());
        return FEED_EXTENSIONS.contains(extension)
                || !ARTICLE_EXTENSIONS.contains(extension) && FeedReader.recognises(path);
    }

    private static String extension(String name) {
        if (name == null) {
            return "";
        }
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
