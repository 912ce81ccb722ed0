package dev.switchboard.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins for one login name or from
 * one address within {@code window}, that name or address is refused for {@code coolDown}. Nothing
 * is locked for good, so an attacker can delay the right user but never lock them out.
 * In memory: a restart forgets the counts, which only costs an attacker's next ten tries.
 */
public final class LoginThrottle {

    /** Beyond this many tracked keys, idle ones are dropped so a flood of names cannot fill memory. */
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration coolDown;
    private final Map<String, Tracker> trackers = new HashMap<>();

    public LoginThrottle(Clock clock, int maxFailures, Duration window, Duration coolDown) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.coolDown = coolDown;
    }

    public static LoginThrottle standard(Clock clock) {
        return new LoginThrottle(clock, 10, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    /** How long the login name or the address must still wait, if either is cooling off. */
    public synchronized Optional<Duration> blockedFor(String login, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : keys(login, address)) {
            Tracker tracker = trackers.get(key);
            if (tracker != null && tracker.blockedUntil != null && now.isBefore(tracker.blockedUntil)) {
                Duration left = Duration.between(now, tracker.blockedUntil);
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void recordFailure(String login, String address) {
        Instant now = clock.instant();
        if (trackers.size() >= MAX_KEYS) {
            dropIdle(now);
        }
        for (String key : keys(login, address)) {
            Tracker tracker = trackers.computeIfAbsent(key, k -> new Tracker());
            tracker.prune(now.minus(window));
            tracker.failures.addLast(now);
            if (tracker.failures.size() >= maxFailures) {
                tracker.blockedUntil = now.plus(coolDown);
                tracker.failures.clear();
            }
        }
    }

    /** A successful login clears the name's failures; the address keeps its own. */
    public synchronized void recordSuccess(String login) {
        trackers.remove(loginKey(login));
    }

    private void dropIdle(Instant now) {
        trackers.values().removeIf(tracker -> {
            tracker.prune(now.minus(window));
            return tracker.failures.isEmpty() && (tracker.blockedUntil == null || !now.isBefore(tracker.blockedUntil));
        });
    }

    private static String[] keys(String login, String address) {
        return new String[] {loginKey(login), "address:" + address};
    }

    private static String loginKey(String login) {
        return "login:" + login;
    }

    private static final class Tracker {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant blockedUntil;

        private void prune(Instant oldest) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(oldest)) {
                failures.removeFirst();
            }
        }
    }
}
