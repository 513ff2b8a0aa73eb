package org.sitrep.spark;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.sitrep.extract.EventJson;
import org.sitrep.spark.internal.ArticleRecord;
import org.sitrep.spark.internal.EventRows;
import org.sitrep.spark.internal.Report;
import org.sitrep.spark.internal.Settings;
import org.sitrep.spark.internal.Stages;
import org.sitrep.spark.internal.UnionFind;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreConfig;
import scala.Tuple2;

/**
 * The Sitrep extractor as a Spark job: Article-format JSON Lines or Parquet in (any Hadoop file system URI),
 * one event per real-world event out, as JSON Lines and Parquet partitioned by event month, and optionally
 * into a Sitrep store.
 *
 * <p>Stages: extraction (each executor JVM loads the models once), exact-copy removal, blocking of the reports
 * by event type, date bucket and geographic cell or country, the store's merge rules within each block,
 * union-find over the merges on the driver, and the store's merge rules once more over each connected set so
 * that every output event is what the store would have built. Everything between stages travels as JSON
 * strings.
 */
public final class ExtractJob {
    /** The sub-folder of the output that holds the JSON Lines files. */
    public static final String JSONL_DIR = "jsonl";
    /** The sub-folder of the output that holds the Parquet files. */
    public static final String PARQUET_DIR = "parquet";

    private final SparkSession spark;
    private final JobConfig config;

    /**
     * @param spark  the session to run in
     * @param config the set-up
     */
    public ExtractJob(SparkSession spark, JobConfig config) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Runs the job.
     *
     * @param input  a file or folder, as a Hadoop file system URI or local path
     * @param output the folder to create, with {@value #JSONL_DIR}/ and {@value #PARQUET_DIR}/ inside, each
     *               partitioned by {@code event_month}
     * @param db     a store to load the articles and events into ({@code --db} syntax of {@code sitrep}), or null
     * @return counts and wall time
     * @throws JobException if the output folder exists, the input cannot be read, the output cannot be written, or a
     *                      stage fails
     */
    public JobResult run(String input, String output, String db) {
        long start = System.nanoTime();
        refuseExisting(output);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Settings settings = Settings.of(config);
        LongAccumulator failed = spark.sparkContext().longAccumulator("failed inputs");
        try {
            JavaRDD<String> lines = read(input).javaRDD();
            int partitions = Math.max(lines.getNumPartitions(), jsc.defaultParallelism() * config.partitionsPerCore());
            JavaRDD<String> articles = lines.zipWithIndex().repartition(partitions)
                    .mapPartitions(it -> Stages.extract(it, failed)).persist(StorageLevel.MEMORY_AND_DISK());
            long articleCount = articles.count();
            Set<Long> copies = new HashSet<>(articles.flatMapToPair(Stages::copyKeys).groupByKey()
                    .flatMap(g -> Stages.laterCopies(g._2())).collect());
            Broadcast<Set<Long>> skip = jsc.broadcast(copies);
            JavaRDD<String> reports = articles.filter(a -> !skip.value().contains(ArticleRecord.fromJson(a).order()))
                    .flatMap(a -> ArticleRecord.fromJson(a).reports().stream().map(Report::toJson).iterator())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long reportCount = reports.count();
            Broadcast<Map<String, String>> roots = jsc.broadcast(components(reports, settings));
            JavaRDD<String> events = reports.mapToPair(r -> component(r, roots.value())).groupByKey()
                    .flatMap(g -> Stages.fuse(g._2(), settings)).persist(StorageLevel.MEMORY_AND_DISK());
            long eventCount = events.count();
            write(events, output);
            long stored = db == null ? 0 : load(articles, db);
            articles.unpersist(false);
            reports.unpersist(false);
            events.unpersist(false);
            return new JobResult(articleCount, failed.value(), copies.size(), reportCount, eventCount, stored,
                    (System.nanoTime() - start) / 1e9);
        } catch (Exception e) { // Spark throws Scala exceptions, some of them checked in Java's eyes
            throw new JobException("sitrep-spark: extracting '" + input + "' into '" + output + "' failed: "
                    + e.getMessage(), e);
        }
    }

    /** Fails before hours of extraction rather than after them. */
    private void refuseExisting(String output) {
        try {
            Path out = new Path(output);
            if (out.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(out)) {
                throw new JobException("sitrep-spark: the output folder '" + output
                        + "' already exists: give a new one or remove it", null);
            }
        } catch (IOException e) {
            throw new JobException("sitrep-spark: cannot check the output folder '" + output + "': "
                    + e.getMessage(), e);
        }
    }

    private Dataset<String> read(String input) {
        InputFormat f = config.format();
        if (f == InputFormat.AUTO) {
            f = input.endsWith(".parquet") ? InputFormat.PARQUET : InputFormat.JSONL;
        }
        return f == InputFormat.PARQUET ? spark.read().parquet(input).toJSON() : spark.read().textFile(input);
    }

    /** Blocks the reports, merges within each block, and joins the merges on the driver. */
    private static Map<String, String> components(JavaRDD<String> reports, Settings settings) {
        List<String> edges = reports.flatMapToPair(r -> Stages.block(r, settings)).groupByKey()
                .flatMap(g -> Stages.edges(g._1(), g._2(), settings)).distinct().collect();
        UnionFind sets = new UnionFind();
        for (String edge : edges) {
            int tab = edge.indexOf('\t');
            sets.union(edge.substring(0, tab), edge.substring(tab + 1));
        }
        return sets.roots();
    }

    private static Tuple2<String, String> component(String reportJson, Map<String, String> roots) {
        String key = Report.fromJson(reportJson).key();
        return new Tuple2<>(roots.getOrDefault(key, key), reportJson);
    }

    private void write(JavaRDD<String> events, String output) {
        spark.createDataFrame(events.map(e -> EventRows.line(EventJson.event(e))), EventRows.LINES)
                .write().mode(SaveMode.ErrorIfExists).partitionBy(EventRows.MONTH).text(output + "/" + JSONL_DIR);
        spark.createDataFrame(events.map(e -> EventRows.row(EventJson.event(e))), EventRows.SCHEMA)
                .write().mode(SaveMode.ErrorIfExists).partitionBy(EventRows.MONTH).parquet(output + "/" + PARQUET_DIR);
    }

    /**
     * Ingests every article with its events, in the order the merge stages assumed, through the store's own
     * write path: the store applies the same merge rules again and keeps sources and revision history, which
     * is what {@code sitrep serve} and {@code sitrep show} display.
     */
    private static long load(JavaRDD<String> articles, String db) {
        long stored = 0;
        try (EventStore store = EventStore.open(StoreConfig.forDb(db))) {
            Iterator<String> ordered = articles.sortBy(Stages::ingestKey, true, articles.getNumPartitions())
                    .toLocalIterator();
            while (ordered.hasNext()) {
                ArticleRecord r = ArticleRecord.fromJson(ordered.next());
                store.ingest(r.article(), r.events());
                stored++;
            }
        }
        return stored;
    }
}
