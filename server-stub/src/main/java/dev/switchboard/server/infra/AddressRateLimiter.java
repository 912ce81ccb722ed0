package dev.switchboard.server.infra;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * A token bucket per client address (Bucket4j): {@code capacity} actions at once, refilled evenly
 * over {@code period}. The buckets live in a bounded cache; one untouched for a whole period is
 * full again and is dropped, which changes nothing. In this process only (see ADR 0007).
 */
public final class AddressRateLimiter {

    /** Addresses tracked at most; beyond, the least active are forgotten (they start with a full bucket). */
    private static final int MAX_ADDRESSES = 100_000;

    private final int capacity;
    private final Duration period;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    /** @param capacity 0 lets everything through */
    public AddressRateLimiter(Clock clock, int capacity, Duration period) {
        this.capacity = capacity;
        this.period = period;
        ClockTicker ticker = new ClockTicker(clock);
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return ticker.read();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterAccess(period).ticker(ticker)
                .executor(Runnable::run).build();
    }

    /** Takes one token for the address; empty when taken, else how long until the next one. */
    public Optional<Duration> tryTake(String address) {
        if (capacity == 0) {
            return Optional.empty();
        }
        ConsumptionProbe probe = buckets.get(address, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .withCustomTimePrecision(time).build();
    }
}
