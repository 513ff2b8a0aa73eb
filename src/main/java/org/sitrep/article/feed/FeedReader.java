package org.sitrep.article.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.article.ArticleReadException;
import org.sitrep.article.feed.FeedException.Kind;
import org.sitrep.article.feed.internal.DocumentStart;
import org.sitrep.article.feed.internal.ItemMapper;
import org.sitrep.util.ByteSize;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds, with Rome, into {@link FeedItem}s in document order.
 *
 * <p>The encoding comes from the byte-order mark or the XML declaration (UTF-8 when neither names one). Document
 * type declarations are allowed, since RSS 0.91 feeds carry one, but neither external DTDs nor external entities
 * are ever loaded (Rome turns both off), and the JDK's limit of 64,000 entity expansions stops an entity bomb. An empty
 * document, a feed with no items, broken XML, and an HTML page or other XML given in place of a feed each fail
 * with a {@link FeedException} that names the source and says what to do. Stateless and thread-safe.
 */
public final class FeedReader {
    private static final Set<String> FEED_ROOTS = Set.of("rss", "rdf", "feed");
    private static final int SNIFF_CHARS = 4096;

    private final long maxBytes;

    /** A reader that accepts files up to {@link FetchConfig#DEFAULT_MAX_BYTES}. */
    public FeedReader() {
        this(FetchConfig.DEFAULT_MAX_BYTES);
    }

    /**
     * @param maxBytes largest feed file read, in bytes (downloads are limited by {@link FetchConfig} instead)
     * @throws IllegalArgumentException if maxBytes is not positive
     */
    public FeedReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * @param file a feed document on disk
     * @return its items, in document order; never empty
     * @throws FeedException        if the file cannot be read, is too large, or is not a feed with items
     * @throws NullPointerException if file is null
     */
    public List<FeedItem> read(Path file) {
        String name = Objects.requireNonNull(file, "file").toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new FeedException(Kind.UNREADABLE, name, "'" + name + "' is " + ByteSize.format(size)
                        + ", over the " + ByteSize.format(maxBytes) + " limit for one feed: is it really a feed?", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FeedException(Kind.UNREADABLE, name, ArticleReadException.cannotRead(file, e).getMessage(), e);
        }
        return parse(name, null, bytes);
    }

    /**
     * @param source how messages name the document: its URL or file
     * @param bytes  the document
     * @return its items, in document order; never empty
     * @throws FeedException        if the document is not a feed with items
     * @throws NullPointerException if an argument is null
     */
    public List<FeedItem> read(String source, byte[] bytes) {
        return parse(Objects.requireNonNull(source, "source"), null, Objects.requireNonNull(bytes, "bytes"));
    }

    /**
     * Like {@link #read(String, byte[])}, resolving relative item links against the feed's address.
     *
     * @param address where the document was downloaded from (after redirects)
     * @param bytes   the document
     * @return its items, in document order; never empty
     * @throws FeedException        if the document is not a feed with items
     * @throws NullPointerException if an argument is null
     */
    public List<FeedItem> read(URI address, byte[] bytes) {
        Objects.requireNonNull(address, "address");
        return parse(address.toString(), address, Objects.requireNonNull(bytes, "bytes"));
    }

    /**
     * Tells a feed file from other documents by its first element, without parsing it: for a caller that must
     * decide which reader a file goes to.
     *
     * @param file a file on disk
     * @return true when the file starts like an RSS or Atom feed; false when it does not or cannot be read
     * @throws NullPointerException if file is null
     */
    public static boolean recognises(Path file) {
        byte[] start = new byte[SNIFF_CHARS];
        int length;
        try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
            length = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            // unreadable here means unreadable for any reader: the caller's usual reader reports it
            return false;
        }
        return DocumentStart.rootName(new String(start, 0, length, StandardCharsets.UTF_8))
                .filter(FEED_ROOTS::contains).isPresent();
    }

    private List<FeedItem> parse(String source, URI base, byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, SNIFF_CHARS), StandardCharsets.UTF_8);
        if (start.isBlank()) {
            throw new FeedException(Kind.EMPTY, source, "'" + source + "' is empty: no feed to read", null);
        }
        checkRoot(source, start, bytes);
        SyndFeed feed = build(source, bytes);
        if (feed.getEntries().isEmpty()) {
            throw new FeedException(Kind.EMPTY, source, "'" + source + "' is a feed with no items: nothing to read",
                    null);
        }
        ItemMapper mapper = new ItemMapper(base);
        return feed.getEntries().stream().map(mapper::map).toList();
    }

    private static void checkRoot(String source, String start, byte[] bytes) {
        Optional<String> root = DocumentStart.rootName(start);
        if (root.isEmpty() || FEED_ROOTS.contains(root.get())) {
            // no tag at all is left to the parser, whose complaint names the line
            return;
        }
        if (root.get().equals("html")) {
            String html = new String(bytes, StandardCharsets.UTF_8);
            String hint = DocumentStart.announcedFeed(html, source.contains("://") ? source : "")
                    .map(feed -> ": the page names its feed at '" + feed + "'; give that address instead")
                    .orElse(": give the address of the site's RSS or Atom feed instead");
            throw new FeedException(Kind.NOT_A_FEED, source, "'" + source + "' is an HTML page, not an RSS or Atom "
                    + "feed" + hint, null);
        }
        throw new FeedException(Kind.NOT_A_FEED, source, "'" + source + "' is XML with root element <" + root.get()
                + ">, not an RSS or Atom feed: check the address", null);
    }

    private static SyndFeed build(String source, byte[] bytes) {
        try (XmlReader in = new XmlReader(new ByteArrayInputStream(bytes))) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(true);
            return input.build(in);
        } catch (ParsingFeedException e) {
            String where = e.getLineNumber() > 0 ? " (error on line " + e.getLineNumber() + ")" : "";
            throw malformed(source, where, e);
        } catch (com.rometools.rome.io.FeedException | IOException e) {
            throw malformed(source, "", e);
        } catch (IllegalArgumentException e) {
            throw new FeedException(Kind.NOT_A_FEED, source, "'" + source + "' is not an RSS or Atom feed Sitrep "
                    + "can read (" + e.getMessage().toLowerCase(Locale.ROOT) + "): check the address", e);
        }
    }

    private static FeedException malformed(String source, String where, Exception cause) {
        return new FeedException(Kind.MALFORMED, source, "'" + source + "' is not well-formed XML" + where
                + ": the feed is broken; try again later or tell its owner", cause);
    }
}
