package dev.switchboard.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Slows down guessing an account's password through the password change of a stolen session:
 * after {@code maxFailures} wrong current passwords within {@code window}, the account's changes
 * are refused until the oldest of them is older than the window. Per account, in memory, bounded.
 */
final class CurrentPasswordGuesses {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Cache<Long, Deque<Instant>> failures = Caffeine.newBuilder().maximumSize(100_000).build();

    CurrentPasswordGuesses(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    static CurrentPasswordGuesses standard(Clock clock) {
        return new CurrentPasswordGuesses(clock, 5, Duration.ofMinutes(15));
    }

    /** How long the account must still wait before its current password is checked again. */
    synchronized Optional<Duration> blockedFor(long agentId) {
        Deque<Instant> recent = failures.getIfPresent(agentId);
        if (recent == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        prune(recent, now);
        if (recent.size() < maxFailures) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
    }

    synchronized void failed(long agentId) {
        Deque<Instant> recent = failures.get(agentId, id -> new ArrayDeque<>());
        prune(recent, clock.instant());
        recent.addLast(clock.instant());
    }

    synchronized void succeeded(long agentId) {
        failures.invalidate(agentId);
    }

    private void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
            recent.removeFirst();
        }
    }
}
