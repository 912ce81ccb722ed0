package dev.switchboard.app.net;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before reconnect attempt {@code n}: {@code initial * 2^n}, capped at
 * {@code max}, minus a random share of up to {@code jitter} of it. The jitter spreads the
 * reconnects of a whole call center after a server restart so they do not all hit at once.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final double jitter;
    private final DoubleSupplier random;

    /**
     * @param jitter share of each delay that may be taken off at random, 0 to 1
     * @param random uniform numbers in [0, 1), injected so tests are exact
     */
    public Backoff(Duration initial, Duration max, double jitter, DoubleSupplier random) {
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1");
        }
        this.initial = initial;
        this.max = max;
        this.jitter = jitter;
        this.random = random;
    }

    /** 1 s doubling to 30 s, up to 20% shorter at random. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2, Math::random);
    }

    /** The delay before the attempt that follows {@code failures} failed ones in a row (0 based). */
    public Duration delay(int failures) {
        long initialMillis = initial.toMillis();
        long maxMillis = max.toMillis();
        // Shifting past ~30 bits would overflow; by then the cap applies anyway.
        long base = failures >= 30 ? maxMillis : Math.min(maxMillis, initialMillis << failures);
        long cut = Math.round(base * jitter * random.getAsDouble());
        return Duration.ofMillis(base - cut);
    }
}
