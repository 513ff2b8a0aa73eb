package org.sitrep.web.internal;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * The headers that tell a browser what the server's responses may do, put on every response (pages, files,
 * API answers and Jetty's own refusals) by Jetty before any handler runs.
 */
public final class SecurityHeaders implements HttpConfiguration.Customizer {
    /**
     * What the map page may load: its own scripts and styles from the jar, tiles from any http(s) server (the
     * tile URL is the operator's choice), data only from this server. Inline styles stay allowed because Leaflet
     * writes style attributes into the markup it builds; inline scripts do not. No other site may frame it.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https: http:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Puts the headers on a response, replacing any earlier values.
     *
     * @param headers a response's headers
     */
    public static void apply(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // A JSON or CSV answer must never be run as a script or shown as a page, whatever it holds.
        headers.put("X-Content-Type-Options", "nosniff");
        // Event filters sit in the page's URL; the tile server has no business seeing them.
        headers.put("Referrer-Policy", "no-referrer");
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        apply(responseHeaders);
        return request;
    }
}
