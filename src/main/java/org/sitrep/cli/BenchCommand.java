package org.sitrep.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.article.Article;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.ReadResult;
import org.sitrep.cli.internal.BatchExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep bench}: end-to-end throughput and peak heap, next to the plain CoreNLP pipeline on the
 * same texts in the same process.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures end-to-end extraction (articles/s/core, peak heap) and, on the same texts in the",
                "same process, the plain CoreNLP pipeline tokenize,ssplit,pos,lemma,ner,depparse with default",
                "settings. Prints medians over --rounds rounds after --warmup untimed rounds."})
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "articles to run on (files, .jsonl, directories)")
    private List<Path> inputs;

    @Mixin
    private TyperOptions typerOptions = new TyperOptions();

    @Option(names = "--published", paramLabel = "DATE", description = "publication date for inputs without one")
    private String published;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: ${DEFAULT-VALUE})")
    private int threads = 1;

    @Option(names = "--rounds", paramLabel = "N", description = "timed rounds (default: ${DEFAULT-VALUE})")
    private int rounds = 9;

    @Option(names = "--warmup", paramLabel = "N",
            description = "untimed rounds first, for the JIT compiler (default: ${DEFAULT-VALUE})")
    private int warmup = 3;

    @Option(names = "--baseline-articles", paramLabel = "N",
            description = "articles the plain CoreNLP baseline runs on (it is ~20x slower); 0 skips it"
                    + " (default: ${DEFAULT-VALUE})")
    private int baselineArticles = 20;

    @Override
    public Integer call() {
        List<Article> articles = read();
        if (articles.isEmpty()) {
            throw new UsageException("no articles to benchmark in " + inputs);
        }
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        System.out.printf("corpus: %d articles, %d characters, %d thread(s)%n", articles.size(), chars, threads);

        double rate = benchSitrep(articles);
        if (baselineArticles > 0) {
            List<Article> subset = articles.subList(0, Math.min(baselineArticles, articles.size()));
            double base = benchPlainCoreNlp(subset);
            System.out.printf("ratio sitrep / plain CoreNLP: %.1fx%n", rate / base);
        }
        return 0;
    }

    /** Runs Sitrep in its own method so that its models can be collected before the baseline loads. */
    private double benchSitrep(List<Article> articles) {
        resetPeaks();
        long t0 = System.nanoTime();
        Sitrep sitrep = Sitrep.load(typerOptions.apply(SitrepConfig.DEFAULT));
        System.out.printf("sitrep load: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        double[] rates = measure(articles, a -> sitrep.extract(a).size());
        double rate = median(rates);
        System.out.printf("sitrep end to end: median %.2f articles/s (rounds: %s), %.2f articles/s/core,"
                + " peak heap %d MB%n", rate, Arrays.toString(round(rates)), rate / threads, peakHeapMb());
        return rate;
    }

    private double benchPlainCoreNlp(List<Article> subset) {
        resetPeaks();
        long t0 = System.nanoTime();
        StanfordCoreNLP plain = plainCoreNlp();
        System.out.printf("plain CoreNLP load: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        double[] rates = measure(subset, a -> {
            plain.annotate(new Annotation(a.text()));
            return 0;
        });
        double base = median(rates);
        System.out.printf("plain CoreNLP (%d articles): median %.2f articles/s (rounds: %s), %.2f articles/s/core,"
                + " peak heap %d MB%n", subset.size(), base, Arrays.toString(round(rates)), base / threads,
                peakHeapMb());
        return base;
    }

    private static double[] round(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 100) / 100.0).toArray();
    }

    private List<Article> read() {
        ArticleReader reader = new ArticleReader();
        List<Article> out = new ArrayList<>();
        for (Path p : inputs) {
            reader.read(p, ExtractCommand.parsePublished(published), r -> {
                if (r instanceof ReadResult.Ok ok) {
                    out.add(ok.article());
                } else if (r instanceof ReadResult.Failed f) {
                    System.err.println(f.message());
                }
            });
        }
        return out;
    }

    /** @return articles per second of each timed round, after the untimed warm-up rounds */
    private double[] measure(List<Article> articles, java.util.function.ToIntFunction<Article> work) {
        double[] rates = new double[rounds];
        for (int round = -warmup; round < rounds; round++) {
            long t0 = System.nanoTime();
            try (BatchExtractor batch = new BatchExtractor(threads, a -> {
                work.applyAsInt(a);
                return List.of();
            })) {
                for (Article a : articles) {
                    batch.submit(new ReadResult.Ok(a), o -> { });
                }
                batch.drain(o -> { });
            }
            if (round >= 0) {
                rates[round] = articles.size() / ((System.nanoTime() - t0) / 1e9);
            }
        }
        return rates;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static StanfordCoreNLP plainCoreNlp() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        return new StanfordCoreNLP(p);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
