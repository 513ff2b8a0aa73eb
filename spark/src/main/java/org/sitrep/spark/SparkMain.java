package org.sitrep.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.sitrep.spark.internal.SitrepHolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code sitrep-spark} command line: {@code extract} runs {@link ExtractJob}, {@code generate} writes a
 * benchmark corpus with {@link CorpusGenerator}. Exit codes as {@code sitrep}: 0 all read, 1 some inputs
 * failed or the job failed, 2 bad usage.
 */
@Command(name = "sitrep-spark", mixinStandardHelpOptions = true,
        subcommands = {SparkMain.Extract.class, CorpusGenerator.class},
        description = "The Sitrep extractor on Apache Spark.")
public final class SparkMain implements Runnable {
    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    /** {@code extract}: articles in, deduplicated events out. */
    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Extracts the events of Article-format JSON Lines or Parquet input, merges",
                    "the reports of one event across the whole batch, and writes OUT/jsonl and",
                    "OUT/parquet, partitioned by event month."})
    static final class Extract implements Callable<Integer> {
        @Option(names = "--master", paramLabel = "URL",
                description = "Spark master, e.g. local[2]; omit under spark-submit, which sets it")
        private String master;

        @Option(names = "--in", required = true, paramLabel = "FILE_OR_DIR", description = "input path or URI")
        private String in;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (must not exist)")
        private String out;

        @Option(names = "--jdbc", paramLabel = "DB",
                description = "also load into this store: a SQLite path or postgresql://user[:password]@host[:port]/db")
        private String jdbc;

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
        private InputFormat format = InputFormat.AUTO;

        @Override
        public Integer call() {
            SparkSession.Builder builder = SparkSession.builder().appName("sitrep-spark");
            if (master != null) {
                builder.master(master);
                if (master.startsWith("local")) {
                    builder.config("spark.ui.enabled", "false");
                }
            }
            SparkSession spark = builder.getOrCreate();
            try {
                spark.sparkContext().setLogLevel("WARN");
                JobResult r = new ExtractJob(spark, JobConfig.DEFAULT.withFormat(format)).run(in, out, jdbc);
                System.err.printf(Locale.ROOT, "sitrep-spark: %d articles (%d inputs failed, %d exact copies skipped),"
                                + " %d reports, %d events; %d articles stored; %.1f s, %.2f articles/s;"
                                + " model load %d ms; peak heap %d MB (this JVM)%n",
                        r.articles(), r.failed(), r.duplicates(), r.reports(), r.events(), r.storedArticles(),
                        r.seconds(), r.articlesPerSecond(), SitrepHolder.loadMillis(), peakHeapMb());
                return r.failed() > 0 ? 1 : 0;
            } catch (JobException e) {
                System.err.println(e.getMessage());
                return 1;
            } finally {
                spark.stop();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the peak heap in use. */
    static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
