package org.sitrep.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The {@code feed_items} table: which feed items each feed has already handed on.
 */
public final class FeedItemRows {
    private FeedItemRows() {
    }

    /**
     * @param c      a connection
     * @param source the feed, as the user named it
     * @param key    a guid or canonical link
     * @return whether the key is recorded for that feed
     * @throws SQLException if the query fails
     */
    public static boolean contains(Connection c, String source, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM feed_items WHERE source = ? AND key = ?")) {
            ps.setString(1, source);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Records a key; a key already recorded keeps its first time.
     *
     * @param c      a connection inside a write transaction
     * @param source the feed, as the user named it
     * @param key    a guid or canonical link
     * @param seenAt when the item was handled
     * @return whether the key was new
     * @throws SQLException if the insert fails
     */
    public static boolean add(Connection c, String source, String key, Instant seenAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed_items (source, key, seen_at)"
                + " VALUES (?, ?, ?) ON CONFLICT (source, key) DO NOTHING")) {
            ps.setString(1, source);
            ps.setString(2, key);
            ps.setString(3, seenAt.toString());
            return ps.executeUpdate() == 1;
        }
    }
}
