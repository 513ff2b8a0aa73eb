package org.sitrep.web.alert;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreConfig;
import org.sitrep.store.StoreException;

/**
 * Watches and the delivery outbox, in the event store's database (tables of migration V11). Every change is
 * committed before the method returns, so that a delivery enqueued is never lost to a restart.
 * Thread-safe: calls are serialised on one connection.
 */
public final class WatchStore implements AutoCloseable {
    private static final String TYPE_SEPARATOR = "|";
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private final Connection connection;
    private final String name;

    private WatchStore(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /**
     * @param config the event store's database; its schema is created or upgraded first
     * @return the open watch store
     * @throws StoreException if the database cannot be reached
     */
    public static WatchStore open(StoreConfig config) {
        EventStore.migrate(config);
        return new WatchStore(EventStore.connect(config), "store " + config.jdbcUrl());
    }

    /**
     * @param watch the watch (its id is ignored)
     * @return it with the id it was stored under
     * @throws IllegalArgumentException if its webhook fails {@link WebhookUrl#check(URI)}
     * @throws StoreException if the insert fails
     */
    public synchronized Watch add(Watch watch) {
        WebhookUrl.check(watch.webhook());
        String sql = "INSERT INTO watches (name, kind, latitude, longitude, radius_km, polygon, country, admin1,"
                + " event_types, min_fatalities, webhook_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Area.Circle circle = watch.area() instanceof Area.Circle c ? c : null;
            ps.setString(1, watch.name());
            ps.setString(2, watch.kind().name());
            number(ps, 3, circle == null ? null : circle.lat());
            number(ps, 4, circle == null ? null : circle.lon());
            number(ps, 5, circle == null ? null : circle.radiusKm());
            ps.setString(6, watch.area() instanceof Area.Polygon p ? p.geoJson() : null);
            ps.setString(7, watch.country());
            ps.setString(8, watch.admin1());
            ps.setString(9, String.join(TYPE_SEPARATOR, new TreeSet<>(watch.eventTypes())));
            ps.setInt(10, watch.minFatalities());
            ps.setString(11, watch.webhook().toString());
            Instant now = Instant.now();
            ps.setString(12, now.toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return watch.stored(keys.getLong(1), now);
            }
        } catch (SQLException e) {
            throw fail("adding watch '" + watch.name() + "'", e);
        }
    }

    /**
     * @return every watch, oldest first
     * @throws StoreException if the query fails
     */
    public synchronized List<Watch> list() {
        List<Watch> watches = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, name, kind, latitude, longitude,"
                + " radius_km, polygon, country, admin1, event_types, min_fatalities, webhook_url, created_at FROM watches"
                + " ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                watches.add(read(rs));
            }
        } catch (SQLException e) {
            throw fail("listing watches", e);
        }
        return watches;
    }

    /**
     * Removes a watch and drops its pending deliveries; those already made stay as the record of what was sent.
     *
     * @param id the watch
     * @return false when there was no such watch
     * @throws StoreException if the delete fails
     */
    public synchronized boolean remove(long id) {
        try (PreparedStatement pending = connection.prepareStatement(
                "DELETE FROM alert_outbox WHERE watch_id = ? AND delivered_at IS NULL");
             PreparedStatement watch = connection.prepareStatement("DELETE FROM watches WHERE id = ?")) {
            // One transaction, so that a failure cannot leave a watch whose deliveries were dropped.
            connection.setAutoCommit(false);
            try {
                pending.setLong(1, id);
                pending.executeUpdate();
                watch.setLong(1, id);
                boolean removed = watch.executeUpdate() > 0;
                connection.commit();
                return removed;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw fail("removing watch " + id, e);
        }
    }

    /**
     * Puts a delivery in the outbox, due now, unless one with the same key was enqueued for the watch before.
     *
     * @param watch   the watch that matched
     * @param key     what makes the delivery unique for the watch, e.g. {@code EV-12 r3} or {@code 2024-W07}
     * @param payload the JSON body
     * @return true when it was enqueued, false when it was a repeat
     * @throws StoreException if the insert fails
     */
    public synchronized boolean enqueue(Watch watch, String key, String payload) {
        String now = sortable(Instant.now());
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO alert_outbox (watch_id, dedupe_key,"
                + " webhook_url, payload, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, 0, ?, ?)"
                + " ON CONFLICT (watch_id, dedupe_key) DO NOTHING")) {
            ps.setLong(1, watch.id());
            ps.setString(2, key);
            ps.setString(3, watch.webhook().toString());
            ps.setString(4, payload);
            ps.setString(5, now);
            ps.setString(6, now);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw fail("enqueueing a delivery for watch " + watch.id(), e);
        }
    }

    /**
     * @param now the current time
     * @param max the most deliveries to return
     * @return undelivered deliveries whose next attempt is due, oldest due first; those of removed watches
     *     (enqueued while the watch was being removed, or left by a version that kept them) are not sent
     * @throws StoreException if the query fails
     */
    public synchronized List<Delivery> due(Instant now, int max) {
        List<Delivery> due = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, watch_id, webhook_url, payload, attempts"
                + " FROM alert_outbox WHERE delivered_at IS NULL AND next_attempt_at <= ?"
                + " AND EXISTS (SELECT 1 FROM watches w WHERE w.id = alert_outbox.watch_id)"
                + " ORDER BY next_attempt_at, id LIMIT ?")) {
            ps.setString(1, sortable(now));
            ps.setInt(2, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                }
            }
        } catch (SQLException e) {
            throw fail("reading due deliveries", e);
        }
        return due;
    }

    /**
     * @param id  a delivery
     * @param now when the webhook accepted it
     * @throws StoreException if the update fails
     */
    public synchronized void delivered(long id, Instant now) {
        update("UPDATE alert_outbox SET delivered_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?",
                id, sortable(now));
    }

    /**
     * @param id    a delivery
     * @param next  when to try again
     * @param error why this attempt failed
     * @throws StoreException if the update fails
     */
    public synchronized void failed(long id, Instant next, String error) {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE alert_outbox SET attempts = attempts + 1,"
                + " next_attempt_at = ?, last_error = ? WHERE id = ?")) {
            ps.setString(1, sortable(next));
            ps.setString(2, error);
            ps.setLong(3, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("recording a failed delivery " + id, e);
        }
    }

    /**
     * @return how many deliveries wait in the outbox
     * @throws StoreException if the query fails
     */
    public synchronized long pending() {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT COUNT(*) FROM alert_outbox WHERE delivered_at IS NULL"
                        + " AND EXISTS (SELECT 1 FROM watches w WHERE w.id = alert_outbox.watch_id)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw fail("counting pending deliveries", e);
        }
    }

    /** Closes the connection. */
    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing is left uncommitted: every method commits before it returns.
        }
    }

    private void update(String sql, long id, String at) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, at);
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("updating delivery " + id, e);
        }
    }

    /** Instants as fixed-width text (millisecond precision), so that text order is time order. */
    private static String sortable(Instant t) {
        return SORTABLE.format(t);
    }

    private static Watch read(ResultSet rs) throws SQLException {
        WatchKind kind = WatchKind.valueOf(rs.getString(3));
        Area area = null;
        if (rs.getString(7) != null) {
            area = Area.Polygon.parse(rs.getString(7));
        } else if (kind == WatchKind.AREA) {
            area = new Area.Circle(rs.getDouble(4), rs.getDouble(5), rs.getDouble(6));
        }
        String types = rs.getString(10);
        Set<String> eventTypes = types.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(types.split("\\|")));
        return new Watch(rs.getLong(1), rs.getString(2), kind, area, rs.getString(8), rs.getString(9), eventTypes,
                rs.getInt(11), URI.create(rs.getString(12)), Instant.parse(rs.getString(13)));
    }

    private static void number(PreparedStatement ps, int i, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, value);
        }
    }

    private StoreException fail(String what, SQLException e) {
        return new StoreException(name + ": " + what + " failed: " + e.getMessage(), e);
    }
}
