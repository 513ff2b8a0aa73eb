package org.sitrep.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventJson;

/**
 * The event fields as columns of the {@code events} table, in one fixed order.
 */
public final class EventRows {
    /** The Event-format columns, in the order {@link #bind} and {@link #read} use. */
    public static final List<String> COLUMNS = List.of("event_date", "time_precision", "event_type",
            "sub_event_type", "actor1", "actor2", "actor1_type", "actor2_type", "blamed_on", "claimed_by", "country",
            "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities", "injuries", "weapon",
            "summary", "evidence", "confidence");
    /** The column list as SQL. */
    public static final String SELECT_LIST = String.join(", ", COLUMNS);
    private static final String PREFIX = "EV-";

    private EventRows() {
    }

    /** @return the public id of the event stored under {@code seq} */
    public static String id(long seq) {
        return PREFIX + seq;
    }

    /**
     * @param id a public event id
     * @return its row number, or -1 when the id is not one the store issues
     */
    public static long seq(String id) {
        if (id == null || !id.startsWith(PREFIX) || !id.substring(PREFIX.length()).matches("[0-9]{1,18}")) {
            return -1;
        }
        return Long.parseLong(id.substring(PREFIX.length()));
    }

    /**
     * Binds the event's fields from parameter {@code first} on.
     *
     * @return the next free parameter index
     */
    public static int bind(PreparedStatement ps, int first, Event e) throws SQLException {
        int i = first;
        text(ps, i++, e.eventDate() == null ? null : e.eventDate().toString());
        integer(ps, i++, e.timePrecision());
        text(ps, i++, e.eventType());
        text(ps, i++, e.subEventType());
        text(ps, i++, e.actor1());
        text(ps, i++, e.actor2());
        integer(ps, i++, e.actor1Type());
        integer(ps, i++, e.actor2Type());
        text(ps, i++, e.blamedOn());
        text(ps, i++, e.claimedBy());
        text(ps, i++, e.country());
        text(ps, i++, e.admin1());
        text(ps, i++, e.location());
        real(ps, i++, e.latitude());
        real(ps, i++, e.longitude());
        integer(ps, i++, e.geoPrecision());
        integer(ps, i++, e.fatalities());
        integer(ps, i++, e.injuries());
        text(ps, i++, e.weapon());
        text(ps, i++, e.summary());
        text(ps, i++, EventJson.write(e.evidence()));
        ps.setDouble(i++, e.confidence());
        return i;
    }

    /**
     * Reads an event whose columns start at {@code first} in {@link #COLUMNS} order.
     *
     * @param id         the event id to give it
     * @param articleIds its sources
     */
    public static Event read(ResultSet rs, int first, String id, List<String> articleIds) throws SQLException {
        int i = first;
        String date = rs.getString(i++);
        return new Event(id, articleIds, date == null ? null : LocalDate.parse(date), integer(rs, i++),
                rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++), integer(rs, i++),
                integer(rs, i++), rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++),
                rs.getString(i++), real(rs, i++), real(rs, i++), integer(rs, i++), integer(rs, i++),
                integer(rs, i++), rs.getString(i++), rs.getString(i++), EventJson.evidence(rs.getString(i++)),
                rs.getDouble(i));
    }

    /** Binds a nullable string. */
    public static void text(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    /** Binds a nullable integer. */
    public static void integer(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    /** Binds a nullable long. */
    public static void bigint(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static void real(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static Double real(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }
}
