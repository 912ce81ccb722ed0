package dev.switchboard.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.switchboard.server.infra.ClockTicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins for one login name or from
 * one address within {@code window}, that name or address is refused for {@code coolDown}. Nothing
 * is locked for good, so an attacker can delay the right user but never lock them out.
 * In memory: a restart forgets the counts, which only costs an attacker's next ten tries.
 *
 * <p>At most {@code maxKeys} names and addresses are tracked, however many an attacker tries: a
 * key is forgotten once it can no longer matter (its failures are out of the window and its
 * cooling-off is over), and beyond the bound Caffeine drops the keys used least, keeping those
 * tried often — the ones under attack.
 */
public final class LoginThrottle {

    /** Far more names and addresses than fail within 15 minutes in normal use: a few MB at most. */
    public static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration coolDown;
    private final Cache<String, Tracker> trackers;

    public LoginThrottle(Clock clock, int maxFailures, Duration window, Duration coolDown, int maxKeys) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.coolDown = coolDown;
        // each failure rewrites its key: a key untouched for this long has no failure in the window and is not cooling off
        Duration relevant = window.compareTo(coolDown) > 0 ? window : coolDown;
        this.trackers = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterWrite(relevant)
                .ticker(new ClockTicker(clock))
                .executor(Runnable::run)
                .build();
    }

    public static LoginThrottle standard(Clock clock) {
        return new LoginThrottle(clock, 10, Duration.ofMinutes(15), Duration.ofMinutes(15), MAX_KEYS);
    }

    /** How long the login name or the address must still wait, if either is cooling off. */
    public Optional<Duration> blockedFor(String login, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : keys(login, address)) {
            Tracker tracker = trackers.getIfPresent(key);
            Duration left = tracker == null ? Duration.ZERO : tracker.blockedFor(now);
            wait = left.compareTo(wait) > 0 ? left : wait;
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void recordFailure(String login, String address) {
        Instant now = clock.instant();
        for (String key : keys(login, address)) {
            trackers.asMap().compute(key, (k, tracker) -> {
                Tracker counted = tracker == null ? new Tracker() : tracker;
                counted.failed(now, now.minus(window), maxFailures, now.plus(coolDown));
                return counted;
            });
        }
    }

    /** A successful login clears the name's failures; the address keeps its own. */
    public void recordSuccess(String login) {
        trackers.invalidate(loginKey(login));
    }

    /** Names and addresses tracked now (an estimate between clean-ups): bounded by {@code maxKeys}. */
    public long trackedKeys() {
        trackers.cleanUp();
        return trackers.estimatedSize();
    }

    private static String[] keys(String login, String address) {
        return new String[] {loginKey(login), "address:" + address};
    }

    private static String loginKey(String login) {
        return "login:" + login;
    }

    /** One key's recent failures; changed only inside the cache's compute, which locks the key. */
    private static final class Tracker {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private volatile Instant blockedUntil;

        void failed(Instant now, Instant oldest, int maxFailures, Instant coolsOffAt) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(oldest)) {
                failures.removeFirst();
            }
            failures.addLast(now);
            if (failures.size() >= maxFailures) {
                blockedUntil = coolsOffAt;
                failures.clear();
            }
        }

        Duration blockedFor(Instant now) {
            Instant until = blockedUntil;
            return until != null && now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
        }
    }
}
