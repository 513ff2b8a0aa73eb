package org.sitrep.web.alert;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The check a webhook URL passes before a watch holds it: http or https, a host, and a port (when given) of
 * 1 to 65535. Checked when the watch is made, so that a URL the HTTP client would refuse never reaches the
 * outbox. Messages name the URL and what is wrong with it.
 */
public final class WebhookUrl {
    /** The highest TCP port. */
    static final int MAX_PORT = 65_535;

    private WebhookUrl() {
    }

    /**
     * @param text a webhook URL as a user typed it
     * @return it as a URI
     * @throws IllegalArgumentException if it is not a URL or fails {@link #check(URI)}
     */
    public static URI parse(String text) {
        try {
            return check(new URI(text));
        } catch (URISyntaxException e) {
            String reason = e.getReason().isEmpty() ? e.getReason()
                    : e.getReason().substring(0, 1).toLowerCase(Locale.ROOT) + e.getReason().substring(1);
            throw refused(text, "not a URL (" + reason + (e.getIndex() >= 0 ? " at index " + e.getIndex() : "") + ")");
        }
    }

    /**
     * @param url a webhook URL
     * @return the same URL
     * @throws IllegalArgumentException if its scheme is not http or https, it has no host, or its port is out of range
     */
    public static URI check(URI url) {
        String scheme = url.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw refused(url.toString(), "the scheme must be http or https, not "
                    + (scheme == null ? "none" : "'" + scheme + "'"));
        }
        // A port that is not a number leaves the authority unparsed, so it shows as a missing host.
        if (url.getHost() == null) {
            throw refused(url.toString(), "no host (or a malformed host or port)");
        }
        int port = url.getPort();
        if (port != -1 && (port < 1 || port > MAX_PORT)) {
            throw refused(url.toString(), "port " + port + " is out of range 1.." + MAX_PORT);
        }
        return url;
    }

    private static IllegalArgumentException refused(String url, String why) {
        return new IllegalArgumentException("webhook '" + url + "': " + why);
    }
}
