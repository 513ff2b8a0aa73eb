package org.sitrep.article.feed.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One spelling per web address, and the article id derived from it.
 *
 * <p>The canonical form lower-cases scheme and host, drops the default port, the fragment, an empty path (as
 * {@code /}) and the query parameters that only track where a click came from ({@code utm_*}, {@code fbclid},
 * {@code gclid}, {@code mc_cid}, {@code mc_eid}); all else, path case and parameter order included, is kept, since
 * servers may treat it as meaningful.
 */
public final class CanonicalUrl {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "mc_cid", "mc_eid");
    private static final int ID_HEX_DIGITS = 16;

    private CanonicalUrl() {
    }

    /**
     * @param uri an absolute http or https URL
     * @return its canonical form
     */
    public static String of(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? null : keptParameters(uri.getRawQuery());
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(uri.getHost().toLowerCase(Locale.ROOT));
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path);
        if (query != null && !query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /**
     * @param canonical a canonical URL, as {@link #of(URI)} writes it
     * @return {@code "url-"} and the first 16 hex digits (64 bits) of the SHA-256 of its UTF-8 bytes
     */
    public static String id(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "url-" + HexFormat.of().formatHex(digest).substring(0, ID_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }

    /**
     * @param text an absolute http or https URL
     * @return its canonical form, or the text unchanged when it is no valid absolute URL
     */
    public static String of(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() == null || uri.getHost() == null ? text : of(uri);
        } catch (URISyntaxException e) {
            return text;
        }
    }

    private static String keptParameters(String query) {
        return Arrays.stream(query.split("&")).filter(p -> !p.isEmpty() && !tracking(p))
                .collect(Collectors.joining("&"));
    }

    private static boolean tracking(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING.contains(name);
    }
}
