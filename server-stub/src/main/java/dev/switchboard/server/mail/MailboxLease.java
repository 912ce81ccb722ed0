package dev.switchboard.server.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

/**
 * Which node reads a mailbox (ADR 0008, principle 5): a lease in the mailbox's row, taken or renewed
 * with a conditional update, expiring {@link #TTL} after the last renewal. A new holder gets a
 * higher epoch; the intake's writes check it, so a paused former holder writes nothing once the
 * lease moved. A node that stops gives its leases back.
 */
final class MailboxLease {

    static final Duration TTL = Duration.ofSeconds(60);

    private final Jdbi jdbi;
    private final Clock clock;
    private final String node;

    MailboxLease(Jdbi jdbi, Clock clock, String node) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.node = node;
    }

    /** Takes or renews the lease on {@code mailboxId}; its epoch when this node holds it now. */
    OptionalLong claim(long mailboxId) {
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            int taken = handle.createUpdate("UPDATE mailbox SET lease_epoch = CASE WHEN lease_holder = :node THEN lease_epoch ELSE lease_epoch + 1 END,"
                            + " lease_holder = :node, lease_until = :until"
                            + " WHERE id = :id AND enabled = TRUE AND (lease_holder IS NULL OR lease_holder = :node OR lease_until < :now)")
                    .bind("node", node).bind("until", now.plus(TTL)).bind("id", mailboxId).bind("now", now).execute();
            if (taken == 0) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(handle.createQuery("SELECT lease_epoch FROM mailbox WHERE id = :id").bind("id", mailboxId).mapTo(Long.class).one());
        });
    }

    void releaseAll() {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE mailbox SET lease_holder = NULL, lease_until = NULL WHERE lease_holder = :node")
                .bind("node", node).execute());
    }
}
