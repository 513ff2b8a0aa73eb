package org.sitrep.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.article.Article;
import org.sitrep.dedup.Candidate;
import org.sitrep.dedup.DayRange;
import org.sitrep.dedup.DedupConfig;
import org.sitrep.dedup.DedupStages;
import org.sitrep.dedup.Distance;
import org.sitrep.dedup.EventFusion;
import org.sitrep.dedup.EventMatcher;
import org.sitrep.dedup.Fingerprint;
import org.sitrep.dedup.Fused;
import org.sitrep.dedup.Verdict;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventJson;
import org.sitrep.extract.Evidence;
import org.sitrep.store.ArticleStatus;
import org.sitrep.store.IngestOutcome;
import org.sitrep.store.RevisionAction;

/**
 * The write path of the store, called inside a write transaction: stores an article and places each of its
 * events, either as a new event or as a further source of a stored one.
 */
public final class StoreWriter {
    private final Dialect dialect;
    private final DedupConfig rules;
    private final EventMatcher matcher;
    private final EventFusion fusion;

    /**
     * @param dialect the back end
     * @param rules   the dedup rules, naming the matcher and fusion to use
     * @throws org.sitrep.stage.StageException if a named stage cannot be created
     */
    public StoreWriter(Dialect dialect, DedupConfig rules) {
        this.dialect = dialect;
        this.rules = rules;
        this.matcher = DedupStages.matcher(rules);
        this.fusion = DedupStages.fusion(rules);
    }

    /**
     * Stores one article with its events; the caller commits.
     *
     * @param c       a connection inside a write transaction
     * @param article the article
     * @param events  what the extractor found in it
     * @return what was done
     */
    public IngestOutcome ingest(Connection c, Article article, List<Event> events) throws SQLException {
        Fingerprint print = Fingerprint.of(article.text());
        String same = exactDuplicate(c, article, print.contentHash());
        if (same != null) {
            return new IngestOutcome(article.id(), ArticleStatus.DUPLICATE, same, List.of(), List.of(), List.of());
        }
        String original = print.words() >= rules.minShingleWords() ? nearDuplicate(c, print) : null;
        String id = freeId(c, article.id(), print);
        insertArticle(c, article, id, print, original);
        if (original != null) {
            return new IngestOutcome(id, ArticleStatus.NEAR_DUPLICATE, original, List.of(), List.of(), List.of());
        }
        Placed placed = new Placed();
        for (Event e : events) {
            place(c, article, id, withArticle(e, id), placed);
        }
        return new IngestOutcome(id, ArticleStatus.NEW, null, placed.created, List.copyOf(placed.merged),
                List.copyOf(placed.revised));
    }

    /**
     * Folds stored event {@code other} into {@code keep}: sources move, fields fuse, {@code other} redirects.
     *
     * @param reason why, in words, for both histories
     * @return false when either is not a live event or they are the same
     */
    public boolean merge(Connection c, long keep, long other, String reason) throws SQLException {
        Candidate target = StoreReader.candidate(c, keep);
        Candidate folded = StoreReader.candidate(c, other);
        if (target == null || folded == null || keep == other) {
            return false;
        }
        Fused fused = fusion.fuse(target, folded.event(), folded.lastPublished(), null, null);
        update(c, keep, fused.event(), target.revision() + 1);
        try (PreparedStatement move = c.prepareStatement("UPDATE event_sources SET event_seq = ? WHERE event_seq = ?"
                + " AND article_id NOT IN (SELECT article_id FROM event_sources WHERE event_seq = ?)");
             PreparedStatement drop = c.prepareStatement("DELETE FROM event_sources WHERE event_seq = ?");
             PreparedStatement redirect = c.prepareStatement("UPDATE events SET status = 'MERGED', redirect_to = ?,"
                     + " revision = ?, updated_at = ? WHERE seq = ? OR redirect_to = ?")) {
            move.setLong(1, keep);
            move.setLong(2, other);
            move.setLong(3, keep);
            move.executeUpdate();
            drop.setLong(1, other);
            drop.executeUpdate();
            redirect.setLong(1, keep);
            redirect.setInt(2, folded.revision() + 1);
            redirect.setString(3, Instant.now().toString());
            redirect.setLong(4, other);
            redirect.setLong(5, other);
            redirect.executeUpdate();
        }
        unindex(c, other);
        history(c, keep, target.revision() + 1, RevisionAction.ABSORBED, null,
                "absorbed " + EventRows.id(other) + ": " + reason, fused.changes());
        history(c, other, folded.revision() + 1, RevisionAction.REDIRECTED, null,
                "redirected to " + EventRows.id(keep) + ": " + reason, Map.of());
        return true;
    }

    private void place(Connection c, Article article, String articleId, Event e, Placed placed) throws SQLException {
        Candidate best = null;
        Verdict chosen = null;
        for (Candidate cand : candidates(c, e, articleId)) {
            Verdict v = matcher.judge(cand, e, article.published());
            if (v.same() && (chosen == null || v.cost() < chosen.cost())) {
                best = cand;
                chosen = v;
            }
        }
        if (best == null) {
            long seq = insert(c, e);
            addSource(c, seq, articleId, e);
            history(c, seq, 0, RevisionAction.CREATED, articleId, "first reported by " + articleId, Map.of());
            placed.created.add(EventRows.id(seq));
            return;
        }
        Fused fused = fusion.fuse(best, e, article.published(),
                e.evidence().sentence("fatalities", article.text()), e.evidence().sentence("injuries", article.text()));
        int revision = best.revision() + 1;
        update(c, best.seq(), fused.event(), revision);
        addSource(c, best.seq(), articleId, e);
        String reason = "source " + articleId + " added; " + chosen.reason()
                + (fused.changes().isEmpty() ? "" : "; revised " + fused.describe());
        history(c, best.seq(), revision, RevisionAction.SOURCE_ADDED, articleId, reason, fused.changes());
        String id = EventRows.id(best.seq());
        (fused.changes().isEmpty() ? placed.merged : placed.revised).add(id);
    }

    /**
     * The merge-candidate lookup: live events of the same type near {@code e} in time and space (through the
     * date/space index, or by country and days for coarse places), excluding those this article already reports.
     *
     * @param articleId the reporting article
     * @return the candidates, oldest first
     */
    public List<Candidate> candidates(Connection c, Event e, String articleId) throws SQLException {
        DayRange days = DayRange.of(e);
        if (days == null || e.country() == null) {
            return List.of();
        }
        Set<Long> seqs = new LinkedHashSet<>();
        boolean coarse = EventMatcher.coarse(e);
        if (!coarse) {
            boxCandidates(c, e, days, seqs);
        }
        regionCandidates(c, e, days, coarse, seqs);
        List<Candidate> found = new ArrayList<>();
        for (long seq : seqs) {
            Candidate cand = StoreReader.candidate(c, seq);
            if (cand != null && cand.event().eventType().equals(e.eventType())
                    && !cand.event().articleIds().contains(articleId)) {
                found.add(cand);
            }
        }
        found.sort(Comparator.comparingLong(Candidate::seq));
        return found;
    }

    private void boxCandidates(Connection c, Event e, DayRange days, Set<Long> out) throws SQLException {
        int tol = rules.dayTolerance();
        double dLat = Distance.latDegrees(rules.maxDistanceKm());
        double dLon = Distance.lonDegrees(rules.maxDistanceKm(), e.latitude());
        double[] q = {days.min() - tol, days.max() + tol, e.latitude() - dLat, e.latitude() + dLat,
                e.longitude() - dLon, e.longitude() + dLon};
        double[] order = dialect.boxQueryPairsCorners() ? new double[]{q[0], q[2], q[1], q[3], q[4], q[5]} : q;
        try (PreparedStatement ps = c.prepareStatement(dialect.boxQuery())) {
            for (int i = 0; i < order.length; i++) {
                ps.setDouble(i + 1, order[i]);
            }
            collect(ps, out);
        }
    }

    private void regionCandidates(Connection c, Event e, DayRange days, boolean coarse, Set<Long> out)
            throws SQLException {
        int tol = rules.dayTolerance();
        // A coarse report may be any located event of its region; a precise one only a coarse event there.
        String sql = "SELECT seq FROM events WHERE country = ? AND coarse " + (coarse ? "IN (0, 1)" : "= 1")
                + " AND min_day BETWEEN ? AND ? AND max_day >= ? AND status = 'ACTIVE'";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, e.country());
            ps.setLong(2, days.min() - tol - DayRange.MAX_SPAN);
            ps.setLong(3, days.max() + tol);
            ps.setLong(4, days.min() - tol);
            collect(ps, out);
        }
    }

    private static void collect(PreparedStatement ps, Set<Long> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
    }

    /**
     * @param c a connection
     * @param a an article
     * @return the id of the stored article with the same URL or the same words, or null when none
     * @throws SQLException if the query fails
     */
    public static String storedCopyOf(Connection c, Article a) throws SQLException {
        return exactDuplicate(c, a, Fingerprint.contentHashOf(a.text()));
    }

    private static String exactDuplicate(Connection c, Article a, String contentHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM articles WHERE content_hash = ? OR url = ? ORDER BY seq LIMIT 1")) {
            ps.setString(1, contentHash);
            EventRows.text(ps, 2, a.url());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The most similar stored text above the threshold, followed to its own original; null when none. */
    private String nearDuplicate(Connection c, Fingerprint print) throws SQLException {
        List<String> bands = new ArrayList<>();
        for (int i = 0; i < Fingerprint.BANDS; i++) {
            bands.add("band" + i + " = ?");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, minhash, duplicate_of FROM articles WHERE "
                + String.join(" OR ", bands) + " ORDER BY seq")) {
            for (int i = 0; i < Fingerprint.BANDS; i++) {
                ps.setLong(i + 1, print.band(i));
            }
            String best = null;
            double bestSimilarity = rules.minSimilarity();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double similarity = print.similarity(Fingerprint.signature(rs.getBytes(2)));
                    if (similarity >= bestSimilarity && (best == null || similarity > bestSimilarity)) {
                        bestSimilarity = similarity;
                        best = rs.getString(3) != null ? rs.getString(3) : rs.getString(1);
                    }
                }
            }
            return best;
        }
    }

    /** The article's own id, or, when another text already holds it, the id plus a piece of the text hash. */
    private static String freeId(Connection c, String id, Fingerprint print) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? id + "#" + print.contentHash().substring(0, 12) : id;
            }
        }
    }

    private static void insertArticle(Connection c, Article a, String id, Fingerprint print, String original)
            throws SQLException {
        StringBuilder bands = new StringBuilder();
        for (int i = 0; i < Fingerprint.BANDS; i++) {
            bands.append("band").append(i).append(", ");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (id, url, content_hash, minhash, "
                + bands + "title, source, published, body, ingested_at, duplicate_of) VALUES ("
                + "?, ".repeat(Fingerprint.BANDS + 9) + "?)")) {
            ps.setString(1, id);
            EventRows.text(ps, 2, a.url());
            ps.setString(3, print.contentHash());
            ps.setBytes(4, print.signatureBytes());
            for (int i = 0; i < Fingerprint.BANDS; i++) {
                ps.setLong(5 + i, print.band(i));
            }
            int i = 5 + Fingerprint.BANDS;
            EventRows.text(ps, i, a.title());
            EventRows.text(ps, i + 1, a.source());
            EventRows.text(ps, i + 2, a.published() == null ? null : a.published().toString());
            ps.setString(i + 3, a.text());
            ps.setString(i + 4, Instant.now().toString());
            EventRows.text(ps, i + 5, original);
            ps.executeUpdate();
        }
    }

    /**
     * Stores a new event with its index entry but no source; for bulk loading and {@link #ingest}.
     *
     * @return its row number
     */
    public long insert(Connection c, Event e) throws SQLException {
        String now = Instant.now().toString();
        DayRange days = DayRange.of(e);
        String sql = "INSERT INTO events (" + EventRows.SELECT_LIST + ", status, revision, min_day, max_day, coarse,"
                + " created_at, updated_at) VALUES (" + "?, ".repeat(EventRows.COLUMNS.size())
                + "'ACTIVE', 0, ?, ?, ?, ?, ?) RETURNING seq";
        long seq;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = EventRows.bind(ps, 1, e);
            bindDays(ps, i, days, e);
            ps.setString(i + 3, now);
            ps.setString(i + 4, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getLong(1);
            }
        }
        index(c, seq, e, days);
        return seq;
    }

    private void update(Connection c, long seq, Event e, int revision) throws SQLException {
        DayRange days = DayRange.of(e);
        String set = String.join(" = ?, ", EventRows.COLUMNS) + " = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET " + set
                + ", min_day = ?, max_day = ?, coarse = ?, revision = ?, updated_at = ? WHERE seq = ?")) {
            int i = EventRows.bind(ps, 1, e);
            bindDays(ps, i, days, e);
            ps.setInt(i + 3, revision);
            ps.setString(i + 4, Instant.now().toString());
            ps.setLong(i + 5, seq);
            ps.executeUpdate();
        }
        unindex(c, seq);
        index(c, seq, e, days);
    }

    private static void bindDays(PreparedStatement ps, int i, DayRange days, Event e) throws SQLException {
        EventRows.bigint(ps, i, days == null ? null : days.min());
        EventRows.bigint(ps, i + 1, days == null ? null : days.max());
        ps.setInt(i + 2, EventMatcher.coarse(e) ? 1 : 0);
    }

    /** Only dated, precisely located events go into the box index; the rest are found by region. */
    private static void index(Connection c, long seq, Event e, DayRange days) throws SQLException {
        if (days == null || EventMatcher.coarse(e)) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_index (id, min_day, max_day, min_lat,"
                + " max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setLong(2, days.min());
            ps.setLong(3, days.max());
            ps.setDouble(4, e.latitude());
            ps.setDouble(5, e.latitude());
            ps.setDouble(6, e.longitude());
            ps.setDouble(7, e.longitude());
            ps.executeUpdate();
        }
    }

    private static void unindex(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_index WHERE id = ?")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
    }

    private static void addSource(Connection c, long seq, String articleId, Event e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event_sources (event_seq, article_id, reported, added_at, sentences)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setString(2, articleId);
            ps.setString(3, EventJson.write(e));
            ps.setString(4, Instant.now().toString());
            ps.setString(5, EventJson.writeSentences(e.evidence()));
            ps.executeUpdate();
        }
    }

    private static void history(Connection c, long seq, int revision, RevisionAction action, String articleId,
                                String reason, Map<String, String> changes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_history (event_seq, revision, at, action,"
                + " article_id, reason, changes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setInt(2, revision);
            ps.setString(3, Instant.now().toString());
            ps.setString(4, action.name());
            EventRows.text(ps, 5, articleId);
            ps.setString(6, reason);
            ps.setString(7, Revisions.write(changes));
            ps.executeUpdate();
        }
    }

    /** The event as this article reported it, tied to the id the article is stored under. */
    private static Event withArticle(Event e, String articleId) {
        Evidence ev = e.evidence().forArticle(articleId);
        return new Event(e.eventId(), List.of(articleId), e.eventDate(), e.timePrecision(), e.eventType(),
                e.subEventType(), e.actor1(), e.actor2(), e.actor1Type(), e.actor2Type(), e.blamedOn(), e.claimedBy(),
                e.country(), e.admin1(), e.location(), e.latitude(), e.longitude(), e.geoPrecision(), e.fatalities(),
                e.injuries(), e.weapon(), e.summary(), ev, e.confidence());
    }

    private static final class Placed {
        private final List<String> created = new ArrayList<>();
        private final Set<String> merged = new LinkedHashSet<>();
        private final Set<String> revised = new LinkedHashSet<>();
    }
}
