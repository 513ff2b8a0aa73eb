package org.sitrep.spark.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.spark.util.LongAccumulator;
import org.sitrep.Sitrep;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.ReadResult;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventJson;
import org.sitrep.nlp.NlpException;
import scala.Tuple2;

/**
 * The work each Spark stage does on one partition or one group, as plain functions of strings, so that the
 * job's closures capture nothing but {@link Settings} and accumulators.
 */
public final class Stages {
    /** Digits of the input position in an ingest key: any long fits. */
    private static final int ORDER_DIGITS = 19;
    private Stages() {
    }

    /**
     * Extraction: reads each Article-format line and extracts its events with this JVM's {@link Sitrep}.
     *
     * @param lines  input lines with their position in the input
     * @param failed counts lines that hold no usable article; each is named on stderr
     * @return one {@link ArticleRecord} JSON line per article, lazily
     */
    public static Iterator<String> extract(Iterator<Tuple2<String, Long>> lines, LongAccumulator failed) {
        Sitrep sitrep = SitrepHolder.get();
        ArticleReader reader = new ArticleReader();
        return stream(lines).filter(t -> !t._1().isBlank()).flatMap(t -> {
            String input = "input line " + (t._2() + 1);
            List<String> out = new ArrayList<>();
            try (Stream<ReadResult> results = reader.readJsonLines(input,
                    new ByteArrayInputStream(t._1().getBytes(StandardCharsets.UTF_8)), null)) {
                results.forEach(r -> {
                    if (r instanceof ReadResult.Ok ok) {
                        out.add(extractOne(sitrep, t._2(), ok, failed));
                    } else {
                        failed.add(1);
                        System.err.println("sitrep-spark: " + ((ReadResult.Failed) r).message());
                    }
                });
            }
            return out.stream().filter(s -> s != null);
        }).iterator();
    }

    private static String extractOne(Sitrep sitrep, long order, ReadResult.Ok ok, LongAccumulator failed) {
        try {
            return ArticleRecord.of(order, ok.article(), sitrep.extract(ok.article())).toJson();
        } catch (NlpException e) {
            failed.add(1);
            System.err.println("sitrep-spark: article '" + ok.article().id() + "' skipped: " + e.getMessage());
            return null;
        }
    }

    /**
     * Blocking: the keys under which a report meets every report it might be merged with.
     *
     * @param reportJson a {@link Report} line
     * @param settings   the rules
     * @return (key, report line) pairs
     */
    public static Iterator<Tuple2<String, String>> block(String reportJson, Settings settings) {
        Event e = Report.fromJson(reportJson).event();
        return settings.blocks().keys(e).stream().map(k -> new Tuple2<>(k, reportJson)).iterator();
    }

    /**
     * Within one block, the store's merge rules: which reports are one event.
     *
     * @param key      the block key
     * @param reports  the report lines sharing it
     * @param settings the rules
     * @return edges "founder TAB member" between report keys merged into one event
     */
    public static Iterator<String> edges(String key, Iterable<String> reports, Settings settings) {
        List<Report> list = new ArrayList<>();
        reports.forEach(json -> list.add(Report.fromJson(json)));
        List<String> edges = new ArrayList<>();
        if (!Blocks.needsComparing(key, list.stream().map(Report::event).toList())) {
            return edges.iterator();
        }
        for (BlockMerger.Merged m : new BlockMerger(settings.rules()).merge(list)) {
            for (String member : m.members().subList(1, m.members().size())) {
                edges.add(m.members().get(0) + "\t" + member);
            }
        }
        return edges.iterator();
    }

    /**
     * Fusion: the reports of one connected set of blocks, merged again in ingest order as the store would.
     *
     * @param reports  the report lines of one component
     * @param settings the rules
     * @return the events, as Event-format JSON lines
     */
    public static Iterator<String> fuse(Iterable<String> reports, Settings settings) {
        List<Report> list = new ArrayList<>();
        reports.forEach(json -> list.add(Report.fromJson(json)));
        return new BlockMerger(settings.rules()).merge(list).stream().map(m -> EventJson.write(m.event())).iterator();
    }

    /**
     * @param json an {@link ArticleRecord} line
     * @return the keys under which exact copies meet (its text hash, and its URL when it has one), each with
     *         the article's {@link #ingestKey}
     */
    public static Iterator<Tuple2<String, String>> copyKeys(String json) {
        ArticleRecord r = ArticleRecord.fromJson(json);
        String order = keyOf(r);
        List<Tuple2<String, String>> keys = new ArrayList<>();
        keys.add(new Tuple2<>("text:" + r.contentHash(), order));
        if (r.url() != null) {
            keys.add(new Tuple2<>("url:" + r.url(), order));
        }
        return keys.iterator();
    }

    /**
     * @param ingestKeys the {@link #ingestKey}s of articles sharing a text or URL
     * @return the input positions of all but the first in ingest order: the copies the store would skip
     */
    public static Iterator<Long> laterCopies(Iterable<String> ingestKeys) {
        List<String> all = new ArrayList<>();
        ingestKeys.forEach(all::add);
        String first = all.stream().min(String::compareTo).orElse("");
        return all.stream().filter(k -> !k.equals(first))
                .map(k -> Long.parseLong(k.substring(k.length() - ORDER_DIGITS))).iterator();
    }

    /**
     * @param json an {@link ArticleRecord} line
     * @return the key that sorts articles into the order the store ingests them: publication day (unknown
     *         last), then input position
     */
    public static String ingestKey(String json) {
        return keyOf(ArticleRecord.fromJson(json));
    }

    private static String keyOf(ArticleRecord r) {
        return (r.published() == null ? "9999-99-99" : r.published().toString())
                + String.format("%0" + ORDER_DIGITS + "d", r.order());
    }

    private static <T> Stream<T> stream(Iterator<T> it) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, 0), false);
    }
}
