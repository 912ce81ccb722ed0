package dev.switchboard.bench;

import java.util.Arrays;

/** Collected latencies in nanoseconds and their percentiles. Not thread-safe: one per thread, or synchronized use. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }

    String row(String name, String goal) {
        return String.format("| %-44s | %7d | %8.2f | %8.2f | %8.2f | %-14s |",
                name, count(), percentileMillis(50), percentileMillis(99), percentileMillis(100), goal);
    }

    /** A row with the 95th percentile too. */
    String rowWithP95(String name, String goal) {
        return String.format("| %-44s | %7d | %8.2f | %8.2f | %8.2f | %8.2f | %-14s |",
                name, count(), percentileMillis(50), percentileMillis(95), percentileMillis(99), percentileMillis(100), goal);
    }

    static String headerWithP95() {
        return String.format("| %-44s | %7s | %8s | %8s | %8s | %8s | %-14s |%n|%s|%s|%s|%s|%s|%s|%s|",
                "measure", "samples", "p50 ms", "p95 ms", "p99 ms", "max ms", "goal",
                "-".repeat(46), "-".repeat(9), "-".repeat(10), "-".repeat(10), "-".repeat(10), "-".repeat(10), "-".repeat(16));
    }

    static String header() {
        return String.format("| %-44s | %7s | %8s | %8s | %8s | %-14s |%n|%s|%s|%s|%s|%s|%s|",
                "measure", "samples", "p50 ms", "p99 ms", "max ms", "goal",
                "-".repeat(46), "-".repeat(9), "-".repeat(10), "-".repeat(10), "-".repeat(10), "-".repeat(16));
    }
}
