package org.sitrep.geo;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.TestSitrep;
import org.sitrep.eval.GeoDocument;
import org.sitrep.eval.GeoGoldReader;
import org.sitrep.lang.Language;
import org.sitrep.nlp.AnnotatedArticle;

/**
 * Developer tool, not a test: measures the gazetteer's load time and retained heap, and the time the
 * geocoder takes per document on the texts of a geoparsing gold file, finding names itself ({@link Geocoder#find},
 * the call event extraction makes, without NER hints) and resolving the gold spans ({@link Geocoder#resolve}).
 * The texts are annotated (shallow layer) once before timing, so the times are the geocoder's alone.
 * Prints medians over timed passes after warm-up passes, on one thread.
 *
 * <pre>{@code
 * java -Xmx2g -cp target/classes:target/test-classes:target/lib/* org.sitrep.geo.GeoBench \
 *     ../shared/geo/lgl.jsonl 2 5
 * }</pre>
 */
final class GeoBench {
    private GeoBench() {
    }

    public static void main(String[] args) {
        List<GeoDocument> docs = new GeoGoldReader().read(Path.of(args[0]));
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.loadDefault();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed() - before;
        System.out.printf(Locale.ROOT, "gazetteer: %d entries, loaded in %.2f s, %.0f MB retained%n",
                gazetteer.size(), loadSeconds, retained / 1e6);
        Geocoder geocoder = new Geocoder(gazetteer, GeocoderConfig.DEFAULT, Language.english());
        Map<GeoDocument, AnnotatedArticle> annotated = new IdentityHashMap<>();
        docs.forEach(d -> annotated.put(d, TestSitrep.get().annotateShallow(d.article())));
        double chars = docs.stream().mapToInt(d -> d.text().length()).average().orElse(0);
        report("find", docs.size(), chars, time(docs, warmup, passes,
                d -> geocoder.find(annotated.get(d), List.of(), Outlet.UNKNOWN)));
        report("resolve gold spans", docs.size(), chars,
                time(docs, warmup, passes, d -> geocoder.resolve(annotated.get(d), d.spans())));
    }

    private interface Call {
        Object on(GeoDocument d);
    }

    /** @return milliseconds per document of each timed pass, sorted */
    private static double[] time(List<GeoDocument> docs, int warmup, int passes, Call call) {
        double[] ms = new double[passes];
        int sink = 0;
        for (int p = -warmup; p < passes; p++) {
            long start = System.nanoTime();
            for (GeoDocument d : docs) {
                sink += call.on(d).hashCode() & 1;
            }
            if (p >= 0) {
                ms[p] = (System.nanoTime() - start) / 1e6 / docs.size();
            }
        }
        if (sink < 0) {
            System.out.println(sink);
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String what, int docs, double chars, double[] ms) {
        System.out.printf(Locale.ROOT, "%s: %d documents of %.0f characters on average: median %.2f ms per document"
                + " (passes %.2f to %.2f ms)%n", what, docs, chars, ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    }
}
