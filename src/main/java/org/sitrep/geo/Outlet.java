package org.sitrep.geo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a text was published, as far as it tells the geocoder which country the story is likely set in:
 * a Canadian paper's "London" is more often London, Ontario. Read from the country-code top-level domain
 * of the article's address (cbc.ca, bbc.co.uk); a generic domain (.com, .org) says nothing.
 *
 * @param countryCode the outlet's ISO 3166-1 alpha-2 country code, upper case; empty when unknown
 */
public record Outlet(Optional<String> countryCode) {
    /** An outlet the geocoder knows nothing about. */
    public static final Outlet UNKNOWN = new Outlet(Optional.empty());

    /**
     * Country-code domains that are sold worldwide as vanity names (.tv, .io, .fm …) and so say nothing
     * about where a site is.
     */
    private static final Set<String> VANITY_DOMAINS = Set.of("ad", "ai", "am", "as", "bz", "cc", "cd", "co", "cx",
            "dj", "fm", "ga", "gg", "gl", "gs", "im", "io", "la", "li", "ly", "md", "me", "ml", "ms", "mu", "nu",
            "sc", "sh", "so", "st", "tc", "tk", "tm", "to", "tv", "vc", "vg", "ws");

    /** @throws NullPointerException if countryCode is null */
    public Outlet {
        Objects.requireNonNull(countryCode, "countryCode");
    }

    /**
     * @param url the article's address; may be null or malformed
     * @return the outlet's country by its domain's country code ("uk" is GB); {@link #UNKNOWN} for a missing or
     *         malformed address, a generic domain, an IP address or a vanity country domain
     */
    public static Outlet fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return UNKNOWN;
        }
        String host;
        try {
            host = new URI(url.strip()).getHost();
        } catch (URISyntaxException e) {
            return UNKNOWN;
        }
        if (host == null || host.endsWith(".")) {
            return UNKNOWN;
        }
        String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (tld.length() != 2 || !Character.isLetter(tld.charAt(0)) || VANITY_DOMAINS.contains(tld)
                || tld.equals("eu")) {
            return UNKNOWN;
        }
        return new Outlet(Optional.of(tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT)));
    }
}
