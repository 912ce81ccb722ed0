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
 * <p>However many names and addresses are tried, at most {@code maxKeys} are counted and at most
 * {@code maxKeys} cooled off (Caffeine): each is forgotten once it no longer matters (its failures
 * are out of the window, its cooling-off is over), and beyond the bound the least used go. The
 * names and addresses cooling off are kept apart from the counts, so a flood of new names cannot
 * push out an account that is cooling off: that would take {@code maxKeys} more of them cooled off,
 * ten failures each, within the cooling-off time.
 */
public final class LoginThrottle {

    /** Far more names and addresses than fail within 15 minutes in normal use: a few MB at most. */
    public static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration coolDown;
    /** Recent failures per key; each failure rewrites its key, so one untouched for a window has none left. */
    private final Cache<String, Deque<Instant>> failures;
    /** Until when each key cooling off is refused. */
    private final Cache<String, Instant> coolingOff;

    public LoginThrottle(Clock clock, int maxFailures, Duration window, Duration coolDown, int maxKeys) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.coolDown = coolDown;
        this.failures = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterWrite(window).ticker(new ClockTicker(clock))
                .executor(Runnable::run).build();
        this.coolingOff = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterWrite(coolDown).ticker(new ClockTicker(clock))
                .executor(Runnable::run).build();
    }

    public static LoginThrottle standard(Clock clock) {
        return new LoginThrottle(clock, 10, Duration.ofMinutes(15), Duration.ofMinutes(15), MAX_KEYS);
    }

    /** How long the login name or the address must still wait, if either is cooling off. */
    public Optional<Duration> blockedFor(String login, String address) {
        return blockedFor(keys(login, address));
    }

    /**
     * How long the longest cooling off of {@code keys} still lasts. Other throttles of the same
     * kind (e.g. guesses of the current password per account) count under keys of their own.
     */
    public Optional<Duration> blockedFor(String... keys) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : keys) {
            Instant until = coolingOff.getIfPresent(key);
            if (until != null && now.isBefore(until)) {
                Duration left = Duration.between(now, until);
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void recordFailure(String login, String address) {
        recordFailure(keys(login, address));
    }

    /** Counts one failure under each of {@code keys}; a key reaching the limit starts cooling off. */
    public void recordFailure(String... keys) {
        Instant now = clock.instant();
        Instant oldest = now.minus(window);
        for (String key : keys) {
            // compute locks the key: two failures at once are both counted
            failures.asMap().compute(key, (k, recent) -> {
                Deque<Instant> counted = recent == null ? new ArrayDeque<>() : recent;
                while (!counted.isEmpty() && counted.peekFirst().isBefore(oldest)) {
                    counted.removeFirst();
                }
                counted.addLast(now);
                if (counted.size() < maxFailures) {
                    return counted;
                }
                coolingOff.put(k, now.plus(coolDown));
                return null;
            });
        }
    }

    /** A successful login clears the name's failures; the address keeps its own. */
    public void recordSuccess(String login) {
        forget(loginKey(login));
    }

    /** Clears the failures counted under {@code key}; a cooling off runs its course. */
    public void forget(String key) {
        failures.invalidate(key);
    }

    /** Names and addresses counted or cooling off now: at most twice {@code maxKeys}. */
    public long trackedKeys() {
        failures.cleanUp();
        coolingOff.cleanUp();
        return failures.estimatedSize() + coolingOff.estimatedSize();
    }

    private static String[] keys(String login, String address) {
        return new String[] {loginKey(login), "address:" + address};
    }

    private static String loginKey(String login) {
        return "login:" + login;
    }
}
