package fanwen.server.http;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts and latency histograms per route, rendered in the Prometheus text format together with
 * gauges the caller supplies (index size, last commit). Lock-free on the request path.
 */
public final class Metrics {

    /** Histogram bucket upper bounds, in seconds. */
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private record Key(String method, String route, int status) {
    }

    private static final class Histogram {
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        final LongAdder count = new LongAdder();
        final DoubleAdder sum = new DoubleAdder();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].increment();
                }
            }
            count.increment();
            sum.add(seconds);
        }
    }

    private final ConcurrentHashMap<Key, LongAdder> requests = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Histogram> latency = new ConcurrentHashMap<>();

    /** Records one answered request; {@code route} is the matched route pattern, not the raw path. */
    public void record(String method, String route, int status, double millis) {
        requests.computeIfAbsent(new Key(method, route, status), k -> new LongAdder()).increment();
        latency.computeIfAbsent(method + " " + route, k -> new Histogram()).observe(millis / 1000.0);
    }

    /** The metrics as Prometheus text, with the given gauges (name → value) appended. */
    public String render(Map<String, Gauge> gauges) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# HELP fanwen_http_requests_total HTTP requests answered, by method, route and status.\n");
        out.append("# TYPE fanwen_http_requests_total counter\n");
        new TreeMap<String, Long>(collectRequests()).forEach((labels, n) ->
                out.append("fanwen_http_requests_total{").append(labels).append("} ").append(n).append('\n'));
        out.append("# HELP fanwen_http_request_duration_seconds Time to answer HTTP requests, by method and route.\n");
        out.append("# TYPE fanwen_http_request_duration_seconds histogram\n");
        new TreeMap<>(latency).forEach((methodRoute, h) -> {
            int space = methodRoute.indexOf(' ');
            String labels = "method=\"" + escape(methodRoute.substring(0, space)) + "\",route=\""
                    + escape(methodRoute.substring(space + 1)) + "\"";
            for (int i = 0; i < BUCKETS.length; i++) {
                out.append("fanwen_http_request_duration_seconds_bucket{").append(labels).append(",le=\"")
                        .append(number(BUCKETS[i])).append("\"} ").append(h.buckets[i].sum()).append('\n');
            }
            out.append("fanwen_http_request_duration_seconds_bucket{").append(labels).append(",le=\"+Inf\"} ")
                    .append(h.count.sum()).append('\n');
            out.append("fanwen_http_request_duration_seconds_sum{").append(labels).append("} ")
                    .append(number(h.sum.sum())).append('\n');
            out.append("fanwen_http_request_duration_seconds_count{").append(labels).append("} ")
                    .append(h.count.sum()).append('\n');
        });
        gauges.forEach((name, gauge) -> {
            out.append("# HELP ").append(name).append(' ').append(gauge.help()).append('\n');
            out.append("# TYPE ").append(name).append(" gauge\n");
            out.append(name).append(' ').append(number(gauge.value())).append('\n');
        });
        return out.toString();
    }

    /** A value sampled when the metrics are read. */
    public record Gauge(String help, double value) {
    }

    private Map<String, Long> collectRequests() {
        Map<String, Long> byLabels = new TreeMap<>();
        requests.forEach((k, n) -> byLabels.put("method=\"" + escape(k.method()) + "\",route=\"" + escape(k.route())
                + "\",status=\"" + k.status() + "\"", n.sum()));
        return byLabels;
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
