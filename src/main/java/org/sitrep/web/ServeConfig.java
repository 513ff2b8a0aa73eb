package org.sitrep.web;

import java.util.Objects;
import org.sitrep.web.alert.AlertConfig;

/**
 * How {@code sitrep serve} listens and what it allows.
 *
 * @param port         TCP port; 0 picks a free one (default {@value #DEFAULT_PORT})
 * @param bindAddress  the address to listen on (default {@value #DEFAULT_BIND_ADDRESS}, this machine only)
 * @param readAccess   whether reads need a token (default {@link ReadAccess#OPEN})
 * @param maxBodyBytes the largest request body accepted, in bytes (default {@value #DEFAULT_MAX_BODY_BYTES})
 * @param tileUrl      a Leaflet tile URL template such as {@code https://tiles.example/{z}/{x}/{y}.png} drawn under
 *                     the country outlines, or null for outlines only (the default: the page then loads nothing
 *                     from elsewhere)
 * @param alerts       how webhook deliveries are polled and retried (default {@link AlertConfig#DEFAULT})
 */
public record ServeConfig(int port, String bindAddress, ReadAccess readAccess, long maxBodyBytes, String tileUrl,
                          AlertConfig alerts) {
    /** The port used when none is given. */
    public static final int DEFAULT_PORT = 8080;
    /** Loopback: a server meant for others must be bound to another address on purpose. */
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    /** Request bodies up to 8 MiB: a batch of a few hundred articles. */
    public static final long DEFAULT_MAX_BODY_BYTES = 8L << 20;
    /** Every default. */
    public static final ServeConfig DEFAULT = new ServeConfig(DEFAULT_PORT, DEFAULT_BIND_ADDRESS, ReadAccess.OPEN,
            DEFAULT_MAX_BODY_BYTES, null, AlertConfig.DEFAULT);

    /** @throws IllegalArgumentException if the port or body limit is out of range, or the tile URL is not http(s) */
    public ServeConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(readAccess, "readAccess");
        Objects.requireNonNull(alerts, "alerts");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maximum body size must be positive, got " + maxBodyBytes);
        }
        if (tileUrl != null && !tileUrl.startsWith("https://") && !tileUrl.startsWith("http://")) {
            throw new IllegalArgumentException("tile URL must start with http:// or https://, got '" + tileUrl + "'");
        }
    }

    /**
     * @param newPort the port, 0 for any free one
     * @return this configuration on that port
     */
    public ServeConfig withPort(int newPort) {
        return new ServeConfig(newPort, bindAddress, readAccess, maxBodyBytes, tileUrl, alerts);
    }

    /**
     * @param address the address to listen on, e.g. {@code 0.0.0.0} for every one
     * @return this configuration on that address
     */
    public ServeConfig withBindAddress(String address) {
        return new ServeConfig(port, address, readAccess, maxBodyBytes, tileUrl, alerts);
    }

    /**
     * @param access who may read
     * @return this configuration with that read access
     */
    public ServeConfig withReadAccess(ReadAccess access) {
        return new ServeConfig(port, bindAddress, access, maxBodyBytes, tileUrl, alerts);
    }

    /**
     * @param bytes the largest body accepted
     * @return this configuration with that limit
     */
    public ServeConfig withMaxBodyBytes(long bytes) {
        return new ServeConfig(port, bindAddress, readAccess, bytes, tileUrl, alerts);
    }

    /**
     * @param url a tile URL template, or null for none
     * @return this configuration with that basemap
     */
    public ServeConfig withTileUrl(String url) {
        return new ServeConfig(port, bindAddress, readAccess, maxBodyBytes, url, alerts);
    }

    /**
     * @param delivery how webhooks are polled and retried
     * @return this configuration with those alert settings
     */
    public ServeConfig withAlerts(AlertConfig delivery) {
        return new ServeConfig(port, bindAddress, readAccess, maxBodyBytes, tileUrl, delivery);
    }
}
