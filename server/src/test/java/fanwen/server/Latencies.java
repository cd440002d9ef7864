package fanwen.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Request latencies collected from many threads, summarised as count, median, 99th percentile and maximum. */
final class Latencies {

    private final List<Double> millis = new ArrayList<>();

    synchronized void add(long nanos) {
        millis.add(nanos / 1e6);
    }

    synchronized int count() {
        return millis.size();
    }

    synchronized double max() {
        return millis.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** e.g. {@code 812 requests, p50 12.3 ms, p99 80.1 ms, max 95.0 ms}. */
    synchronized String summary() {
        List<Double> sorted = millis.stream().sorted().toList();
        return String.format(Locale.ROOT, "%d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.size(),
                percentile(sorted, 50), percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    /** The {@code p}th percentile, in milliseconds. */
    synchronized double percentile(int p) {
        return percentile(millis.stream().sorted().toList(), p);
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
