package org.sitrep.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens: random, shown once, kept only as SHA-256 hashes in {@code api_tokens}.
 */
public final class Tokens {
    private static final int TOKEN_BYTES = 32;
    private static final String PREFIX = "sitrep_";
    private final SecureRandom random = new SecureRandom();

    /** @return a new token: a prefix and 256 random bits, base64url */
    public String generate() {
        byte[] bytes = new byte[TOKEN_BYTES];
        synchronized (random) {
            random.nextBytes(bytes);
        }
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Stores the hash of a token under a name. */
    public static void insert(Connection c, String token, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO api_tokens (hash, name, created_at) VALUES (?, ?, ?)")) {
            ps.setString(1, hash(token));
            ps.setString(2, name);
            ps.setString(3, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    /** @return the name of the token, or null when it is not a stored one */
    public static String find(Connection c, String token) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM api_tokens WHERE hash = ?")) {
            ps.setString(1, hash(token));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** @return the lower-case hex SHA-256 of the token's UTF-8 bytes */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
