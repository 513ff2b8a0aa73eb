package org.sitrep.spark.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.dedup.Candidate;
import org.sitrep.dedup.DayRange;
import org.sitrep.dedup.DedupConfig;
import org.sitrep.dedup.DedupStages;
import org.sitrep.dedup.EventFusion;
import org.sitrep.dedup.EventMatcher;
import org.sitrep.dedup.Verdict;
import org.sitrep.extract.Event;

/**
 * Places reports among events exactly as {@code EventStore.ingest} does, but over a list in memory instead of
 * the store's tables: in ingest order, each report joins the closest earlier event that the configured
 * {@link EventMatcher} accepts (never one its own article already reports) and is fused into it by the
 * configured {@link EventFusion}, the store's own stages; otherwise it founds a new event. Thread-safe (no state
 * besides the stages, which are thread-safe).
 */
public final class BlockMerger {
    private final EventMatcher matcher;
    private final EventFusion fusion;

    /**
     * @param rules the store's dedup rules, naming the matcher and fusion
     * @throws org.sitrep.stage.StageException if a named stage cannot be created
     */
    public BlockMerger(DedupConfig rules) {
        this.matcher = DedupStages.matcher(Objects.requireNonNull(rules, "rules"));
        this.fusion = DedupStages.fusion(rules);
    }

    /**
     * An event built from one or more reports.
     *
     * @param event   the fused event; its id is the founding report's event id, its article ids all sources
     * @param members the keys of the reports fused into it, founder first
     */
    public record Merged(Event event, List<String> members) {
    }

    /**
     * @param reports reports in any order
     * @return the events they make, in the order they were founded
     */
    public List<Merged> merge(List<Report> reports) {
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(Report.INGEST_ORDER);
        List<Cluster> clusters = new ArrayList<>();
        for (Report r : ordered) {
            place(r, r.event(), clusters);
        }
        return clusters.stream().map(c -> new Merged(c.candidate.event(), List.copyOf(c.members))).toList();
    }

    private void place(Report r, Event e, List<Cluster> clusters) {
        Cluster best = null;
        Verdict chosen = null;
        // The store looks for candidates only for dated events with a country.
        boolean searchable = DayRange.of(e) != null && e.country() != null;
        for (Cluster c : searchable ? clusters : List.<Cluster>of()) {
            if (!c.candidate.event().eventType().equals(e.eventType()) || c.articles.contains(r.articleId())) {
                continue;
            }
            Verdict v = matcher.judge(c.candidate, e, r.published());
            if (v.same() && (chosen == null || v.cost() < chosen.cost())) {
                best = c;
                chosen = v;
            }
        }
        if (best == null) {
            clusters.add(new Cluster(clusters.size(), r, e));
        } else {
            best.absorb(r, e);
        }
    }

    /** A growing event: the store's candidate row plus its sources. */
    private final class Cluster {
        private final long seq;
        private final Set<String> articles = new LinkedHashSet<>();
        private final List<String> members = new ArrayList<>();
        private Candidate candidate;
        private int revision;

        Cluster(long seq, Report founder, Event e) {
            this.seq = seq;
            articles.add(founder.articleId());
            members.add(founder.key());
            candidate = new Candidate(seq, Events.withArticles(e, List.copyOf(articles)), 0, founder.published(),
                    founder.published());
        }

        void absorb(Report r, Event e) {
            Event fused = fusion.fuse(candidate, e, r.published(), r.fatalitySentence(), r.injurySentence()).event();
            articles.add(r.articleId());
            members.add(r.key());
            revision++;
            candidate = new Candidate(seq, Events.withArticles(fused, List.copyOf(articles)), revision,
                    earlier(candidate.firstPublished(), r.published()), later(candidate.lastPublished(), r.published()));
        }

        private static LocalDate earlier(LocalDate a, LocalDate b) {
            return a == null ? b : b == null || a.isBefore(b) ? a : b;
        }

        private static LocalDate later(LocalDate a, LocalDate b) {
            return a == null ? b : b == null || a.isAfter(b) ? a : b;
        }
    }
}
