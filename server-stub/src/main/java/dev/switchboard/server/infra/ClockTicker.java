package dev.switchboard.server.infra;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;

/** Caffeine's time read from the backend's clock, so that tests move time instead of sleeping. */
public final class ClockTicker implements Ticker {

    private final Clock clock;

    public ClockTicker(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long read() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
