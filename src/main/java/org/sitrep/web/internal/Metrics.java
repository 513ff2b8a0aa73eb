package org.sitrep.web.internal;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts and latencies per route, written in the Prometheus text exposition format (version 0.0.4).
 * Thread-safe: requests are recorded from every server thread.
 */
public final class Metrics {
    /** Upper bounds of the latency histogram buckets, in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private final Map<Series, Counts> requests = new ConcurrentHashMap<>();

    /**
     * @param method  the HTTP method
     * @param route   the route template, e.g. {@code /api/events/{id}}, not the concrete path (labels must stay few)
     * @param status  the HTTP status answered
     * @param seconds how long it took
     */
    public void record(String method, String route, int status, double seconds) {
        requests.computeIfAbsent(new Series(method, route, status), s -> new Counts()).add(seconds);
    }

    /**
     * @param eventsStored live events in the store, as a gauge
     * @return every metric in the text format
     */
    public String render(long eventsStored) {
        StringBuilder out = new StringBuilder();
        Map<Series, Counts> sorted = new TreeMap<>(requests);
        out.append("# HELP sitrep_http_requests_total HTTP requests answered, by method, route and status.\n");
        out.append("# TYPE sitrep_http_requests_total counter\n");
        sorted.forEach((s, c) -> out.append("sitrep_http_requests_total{").append(s.labels()).append("} ")
                .append(c.count.sum()).append('\n'));
        out.append("# HELP sitrep_http_request_duration_seconds Time to answer HTTP requests, by method and route.\n");
        out.append("# TYPE sitrep_http_request_duration_seconds histogram\n");
        Map<String, Counts> byRoute = new TreeMap<>();
        sorted.forEach((s, c) -> byRoute.merge(s.routeLabels(), c, Counts::plus));
        byRoute.forEach((labels, c) -> histogram(out, labels, c));
        out.append("# HELP sitrep_events_stored Live events in the store.\n");
        out.append("# TYPE sitrep_events_stored gauge\n");
        out.append("sitrep_events_stored ").append(eventsStored).append('\n');
        return out.toString();
    }

    private static void histogram(StringBuilder out, String labels, Counts c) {
        String name = "sitrep_http_request_duration_seconds";
        long cumulative = 0;
        for (int i = 0; i < BUCKETS.length; i++) {
            cumulative += c.buckets.get(i);
            out.append(name).append("_bucket{").append(labels).append(",le=\"").append(number(BUCKETS[i]))
                    .append("\"} ").append(cumulative).append('\n');
        }
        out.append(name).append("_bucket{").append(labels).append(",le=\"+Inf\"} ").append(c.count.sum()).append('\n');
        out.append(name).append("_sum{").append(labels).append("} ").append(number(c.seconds.sum())).append('\n');
        out.append(name).append("_count{").append(labels).append("} ").append(c.count.sum()).append('\n');
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }

    /** Label values: backslash, quote and line feed escaped as the format asks. */
    private static String label(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private record Series(String method, String route, int status) implements Comparable<Series> {
        String routeLabels() {
            return "method=\"" + label(method) + "\",route=\"" + label(route) + "\"";
        }

        String labels() {
            return routeLabels() + ",status=\"" + status + "\"";
        }

        @Override
        public int compareTo(Series o) {
            return labels().compareTo(o.labels());
        }
    }

    /** One series' observations. */
    private static final class Counts {
        private final LongAdder count = new LongAdder();
        private final DoubleAdder seconds = new DoubleAdder();
        private final AtomicLongArray buckets = new AtomicLongArray(BUCKETS.length);

        void add(double s) {
            count.increment();
            seconds.add(s);
            for (int i = 0; i < BUCKETS.length; i++) {
                if (s <= BUCKETS[i]) {
                    buckets.incrementAndGet(i);
                    return;
                }
            }
        }

        Counts plus(Counts other) {
            Counts sum = new Counts();
            for (Counts c : new Counts[]{this, other}) {
                sum.count.add(c.count.sum());
                sum.seconds.add(c.seconds.sum());
                for (int i = 0; i < BUCKETS.length; i++) {
                    sum.buckets.addAndGet(i, c.buckets.get(i));
                }
            }
            return sum;
        }
    }
}
