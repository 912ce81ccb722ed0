package dev.switchboard.server.chat;

import dev.switchboard.server.infra.AddressLimits;
import dev.switchboard.server.infra.AddressRateLimiter;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many new chats one client address may start (a token bucket) and have waiting at once, so
 * that one machine cannot fill the queue ahead of everyone else's visitors. Only new chats count:
 * asking again for an open chat (another tab, a reconnect) answers that chat and costs nothing.
 */
final class ChatStartLimits {

    private static final Logger LOG = LoggerFactory.getLogger(ChatStartLimits.class);

    private final Jdbi jdbi;
    private final int maxWaiting;
    private final AddressRateLimiter starts;
    /** One address's check and insert are serialized, so that parallel starts cannot all pass the count. */
    private final Object[] addressLocks = new Object[64];

    ChatStartLimits(Jdbi jdbi, Clock clock, AddressLimits limits) {
        this.jdbi = jdbi;
        this.maxWaiting = limits.waitingChats();
        this.starts = new AddressRateLimiter(clock, limits.chatStarts(), AddressLimits.CHAT_START_PERIOD);
        for (int i = 0; i < addressLocks.length; i++) {
            addressLocks[i] = new Object();
        }
    }

    /** Runs {@code start} (which creates the chat) if the address may start one now; else 429. */
    long admit(String address, Supplier<Long> start) {
        synchronized (addressLocks[Math.floorMod(address.hashCode(), addressLocks.length)]) {
            if (maxWaiting > 0 && waiting(address) >= maxWaiting) {
                LOG.warn("chat start refused: {} chats from address={} already wait", maxWaiting, address);
                throw refusal("too many chats from your address are waiting; please try again later", Duration.ofMinutes(1));
            }
            Optional<Duration> wait = starts.tryTake(address);
            if (wait.isPresent()) {
                LOG.warn("chat start refused: too many new chats from address={}", address);
                throw refusal("too many new chats from your address; please try again later", wait.get());
            }
            return start.get();
        }
    }

    private int waiting(String address) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM conversation WHERE client_address = :address AND status = 'QUEUED'")
                .bind("address", address).mapTo(Integer.class).one());
    }

    private static ApiException refusal(String detail, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ApiException(Problem.of(ProblemType.TOO_MANY_ATTEMPTS, detail), Map.of("Retry-After", Long.toString(seconds)));
    }
}
