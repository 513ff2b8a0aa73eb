package org.sitrep.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.dedup.Candidate;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventJson;
import org.sitrep.extract.Evidence;
import org.sitrep.store.EventCounts;
import org.sitrep.store.EventDetail;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Revision;
import org.sitrep.store.RevisionAction;
import org.sitrep.store.SourceReport;
import org.sitrep.store.StoreStats;
import org.sitrep.store.StoredEvent;
import org.sitrep.text.Span;

/**
 * The read path of the store: candidates for the writer, queries, the detail of one event.
 */
public final class StoreReader {
    private static final int REDIRECT_LIMIT = 64;
    /** Escapes LIKE's wildcards in user text: a character with no meaning in SQL strings on either back end. */
    private static final char LIKE_ESCAPE = '!';
    /** An event's sources in arrival order; {@code %s} is the two extra columns (report and body, or NULLs). */
    private static final String SOURCES_SQL = "SELECT a.id, a.source, a.url, a.published, %s FROM event_sources s"
            + " JOIN articles a ON a.id = s.article_id WHERE s.event_seq = ? ORDER BY a.seq";
    /** What {@code show} reads of each source besides its article: the report, the text and its sentences. */
    private static final String BODIES = "s.reported, a.body, s.sentences";
    private static final String NO_BODIES = "NULL, NULL, NULL";

    private StoreReader() {
    }

    /**
     * @param seq an event row
     * @return the live event with its sources' publication range, or null when it is not live
     */
    public static Candidate candidate(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + EventRows.SELECT_LIST + ", revision FROM events"
                + " WHERE seq = ? AND status = 'ACTIVE'")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                List<Source> sources = sources(c, seq);
                List<String> ids = sources.stream().map(Source::articleId).toList();
                LocalDate first = null;
                LocalDate last = null;
                for (Source s : sources) {
                    if (s.published != null) {
                        first = first == null || s.published.isBefore(first) ? s.published : first;
                        last = last == null || s.published.isAfter(last) ? s.published : last;
                    }
                }
                Event e = EventRows.read(rs, 1, EventRows.id(seq), ids);
                return new Candidate(seq, e, rs.getInt(EventRows.COLUMNS.size() + 1), first, last);
            }
        }
    }

    /**
     * @param query the filters
     * @return matching live events, by date then id
     */
    public static List<StoredEvent> query(Connection c, EventQuery query) throws SQLException {
        List<Object> args = new ArrayList<>();
        String filter = where(query, args);
        String select = "SELECT seq, " + EventRows.SELECT_LIST + ", revision FROM events";
        // With a date range the filter alone is answered from the map index, and only the matching rows are read
        // and sorted; without one, walking the date index in order until the page is full is cheaper.
        boolean dated = query.from() != null || query.to() != null;
        String sql = (dated ? select + " WHERE seq IN (SELECT seq FROM events" + filter + ")" : select + filter)
                + " ORDER BY event_date, seq LIMIT ? OFFSET ?";
        args.add(query.limit());
        args.add(query.offset());
        List<StoredEvent> found = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery();
             PreparedStatement sources = c.prepareStatement(SOURCES_SQL.formatted(NO_BODIES))) {
            while (rs.next()) {
                found.add(stored(sources, rs));
            }
        }
        return found;
    }

    /**
     * @param query the filters; limit and offset are ignored
     * @return how many live events match
     */
    public static long count(Connection c, EventQuery query) throws SQLException {
        List<Object> args = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT COUNT(*) FROM events" + where(query, args), args);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** @return when an event was last created, changed or merged away, or null for an empty store */
    /**
     * @param c     a connection
     * @param since the earliest change wanted
     * @param max   the most ids returned
     * @return ids of active events created or revised at or after {@code since}, oldest change first
     * @throws SQLException if the query fails
     */
    public static List<String> changedSince(Connection c, Instant since, int max) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM events WHERE updated_at >= ?"
                + " AND status = 'ACTIVE' ORDER BY updated_at LIMIT ?")) {
            ps.setString(1, since.toString());
            ps.setInt(2, max);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(EventRows.id(rs.getLong(1)));
                }
            }
            return ids;
        }
    }

    public static Instant lastUpdate(Connection c) throws SQLException {
        // No status filter: with it the maximum cannot be read off the index on updated_at.
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(updated_at) FROM events");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            String at = rs.getString(1);
            return at == null ? null : Instant.parse(at);
        }
    }

    /**
     * @param query the filters; limit and offset are ignored
     * @return matching live events counted by type, by country and by ISO week of their date
     */
    public static EventCounts counts(Connection c, EventQuery query) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT event_type, country, event_date, COUNT(*) FROM events" + where(query, args)
                + " GROUP BY event_type, country, event_date";
        Map<String, Long> byType = new TreeMap<>();
        Map<String, Long> byCountry = new TreeMap<>();
        Map<String, Long> byWeek = new TreeMap<>();
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long n = rs.getLong(4);
                byType.merge(rs.getString(1), n, Long::sum);
                byCountry.merge(rs.getString(2) == null ? EventCounts.UNKNOWN : rs.getString(2), n, Long::sum);
                String day = rs.getString(3);
                byWeek.merge(day == null ? EventCounts.UNKNOWN : isoWeek(LocalDate.parse(day)), n, Long::sum);
            }
        }
        return new EventCounts(byType, byCountry, byWeek);
    }

    private static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
        return ps;
    }

    /** @return the WHERE clause of a query's filters, its values added to {@code args} in order */
    private static String where(EventQuery query, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE status = 'ACTIVE'");
        exact(sql, args, "country", query.country());
        exact(sql, args, "admin1", query.admin1());
        exact(sql, args, "event_type", query.type());
        exact(sql, args, "sub_event_type", query.subType());
        if (query.from() != null) {
            sql.append(" AND event_date >= ?");
            args.add(query.from().toString());
        }
        if (query.to() != null) {
            sql.append(" AND event_date <= ?");
            args.add(query.to().toString());
        }
        contains(sql, args, query.actor(), "actor1", "actor2");
        contains(sql, args, query.text(), "summary", "location", "actor1", "actor2");
        if (query.bbox() != null) {
            sql.append(" AND longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?");
            args.add(query.bbox().minLon());
            args.add(query.bbox().maxLon());
            args.add(query.bbox().minLat());
            args.add(query.bbox().maxLat());
        }
        return sql.toString();
    }

    /**
     * @param seq the row of the id asked for
     * @param requested that id
     * @return the event it names or redirects to, with sources and history; null when there is none
     */
    public static EventDetail detail(Connection c, long seq, String requested) throws SQLException {
        long live = follow(c, seq);
        if (live < 0) {
            return null;
        }
        StoredEvent stored;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, " + EventRows.SELECT_LIST + ", revision FROM events"
                + " WHERE seq = ?")) {
            ps.setLong(1, live);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                stored = stored(c, rs);
            }
        }
        List<SourceReport> reports = new ArrayList<>();
        for (Source s : sources(c, live, true)) {
            Event reported = EventJson.event(s.reported);
            Evidence evidence = EventJson.withSentences(reported.evidence(), s.sentences);
            Map<String, String> sentences = new LinkedHashMap<>();
            Map<String, Span> highlights = new LinkedHashMap<>();
            for (Map.Entry<String, Span> field : evidence.spans().entrySet()) {
                Span span = field.getValue();
                String sentence = evidence.sentence(field.getKey(), s.body);
                if (sentence != null) {
                    sentences.put(field.getKey(), sentence);
                    highlights.put(field.getKey(), evidence.withinSentence(field.getKey()));
                } else if (span.end() <= s.body.length()) {
                    // Stored before sources kept their sentences: the supporting words are all there is to show.
                    sentences.put(field.getKey(), s.body.substring(span.start(), span.end()));
                    highlights.put(field.getKey(), new Span(0, span.end() - span.start()));
                }
            }
            reports.add(new SourceReport(s.articleId, s.outlet, s.url, s.published, reported.withEvidence(evidence),
                    sentences, highlights));
        }
        return new EventDetail(stored, requested, reports, history(c, live));
    }

    /** @return how much the store holds */
    public static StoreStats stats(Connection c) throws SQLException {
        return new StoreStats(count(c, "SELECT COUNT(*) FROM articles"),
                count(c, "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"),
                count(c, "SELECT COUNT(*) FROM events WHERE status = 'ACTIVE'"),
                count(c, "SELECT COUNT(*) FROM events WHERE status = 'MERGED'"),
                count(c, "SELECT COUNT(*) FROM event_sources"));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** @return the live event a row is or redirects to, or -1 */
    private static long follow(Connection c, long seq) throws SQLException {
        long at = seq;
        try (PreparedStatement ps = c.prepareStatement("SELECT status, redirect_to FROM events WHERE seq = ?")) {
            for (int hop = 0; hop < REDIRECT_LIMIT; hop++) {
                ps.setLong(1, at);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return -1;
                    }
                    if ("ACTIVE".equals(rs.getString(1))) {
                        return at;
                    }
                    at = rs.getLong(2);
                }
            }
        }
        return -1;
    }

    private static StoredEvent stored(Connection c, ResultSet rs) throws SQLException {
        try (PreparedStatement sources = c.prepareStatement(SOURCES_SQL.formatted(NO_BODIES))) {
            return stored(sources, rs);
        }
    }

    /** @param sourceQuery the prepared {@link #SOURCES_SQL} without bodies, reused across rows */
    private static StoredEvent stored(PreparedStatement sourceQuery, ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        List<Source> sources = sources(sourceQuery, seq);
        List<String> outlets = sources.stream().map(Source::outlet).filter(o -> o != null).distinct().toList();
        Event e = EventRows.read(rs, 2, EventRows.id(seq), sources.stream().map(Source::articleId).toList());
        return new StoredEvent(e, outlets, rs.getInt(EventRows.COLUMNS.size() + 2));
    }

    private static List<Revision> history(Connection c, long seq) throws SQLException {
        List<Revision> history = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT revision, at, action, article_id, reason, changes"
                + " FROM event_history WHERE event_seq = ? ORDER BY revision")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    history.add(new Revision(rs.getInt(1), Instant.parse(rs.getString(2)),
                            RevisionAction.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                            Revisions.read(rs.getString(6))));
                }
            }
        }
        return history;
    }

    private static List<Source> sources(Connection c, long seq) throws SQLException {
        return sources(c, seq, false);
    }

    /** @param bodies whether to read the reports and article texts too (only {@code show} needs them) */
    private static List<Source> sources(Connection c, long seq, boolean bodies) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SOURCES_SQL.formatted(bodies ? BODIES : NO_BODIES))) {
            return sources(ps, seq);
        }
    }

    private static List<Source> sources(PreparedStatement ps, long seq) throws SQLException {
        List<Source> sources = new ArrayList<>();
        ps.setLong(1, seq);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String published = rs.getString(4);
                sources.add(new Source(rs.getString(1), rs.getString(2), rs.getString(3),
                        published == null ? null : LocalDate.parse(published), rs.getString(5), rs.getString(6),
                        rs.getString(7)));
            }
        }
        return sources;
    }

    private static void exact(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null) {
            sql.append(" AND LOWER(").append(column).append(") = ?");
            args.add(value.toLowerCase(Locale.ROOT));
        }
    }

    private static void contains(StringBuilder sql, List<Object> args, String value, String... columns) {
        if (value == null) {
            return;
        }
        List<String> tests = new ArrayList<>();
        for (String column : columns) {
            // The user's text is matched literally: its own % and _ are escaped, on both back ends alike.
            tests.add("LOWER(COALESCE(" + column + ", '')) LIKE ? ESCAPE '" + LIKE_ESCAPE + "'");
            args.add("%" + likeLiteral(value.toLowerCase(Locale.ROOT)) + "%");
        }
        sql.append(" AND (").append(String.join(" OR ", tests)).append(')');
    }

    /** @return the text with LIKE's wildcards and the escape character itself escaped */
    private static String likeLiteral(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            if (ch == LIKE_ESCAPE || ch == '%' || ch == '_') {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(ch);
        }
        return escaped.toString();
    }

    private record Source(String articleId, String outlet, String url, LocalDate published, String reported,
                          String body, String sentences) {
    }
}
