package dev.switchboard.app.bench;

import java.util.Arrays;

/** Durations in nanoseconds and their percentiles, printed as one row of the benchmark's table. */
final class Timings {

    private long[] values = new long[4096];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized void clear() {
        size = 0;
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
        return String.format("| %-50s | %7d | %8.2f | %8.2f | %8.2f | %-13s |",
                name, count(), percentileMillis(50), percentileMillis(99), percentileMillis(100), goal);
    }

    static String header() {
        return String.format("| %-50s | %7s | %8s | %8s | %8s | %-13s |%n|%s|%s|%s|%s|%s|%s|",
                "measure", "samples", "p50 ms", "p99 ms", "max ms", "goal",
                "-".repeat(52), "-".repeat(9), "-".repeat(10), "-".repeat(10), "-".repeat(10), "-".repeat(15));
    }
}
