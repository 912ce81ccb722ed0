package dev.switchboard.server.tickets;

import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.tickets.Ticket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reaches the pending reminders that have come: every waiting ticket whose {@code pendingUntil} is
 * due runs the triggers of {@code PENDING_REMINDER} once. Every node sweeps on the injected clock;
 * a reminder is claimed in the ticket's change-log transaction, its row locked, by setting
 * {@code pending_reminded_until} to the {@code pending_until} it is for — a compare-and-set the
 * database decides (ADR 0008), so of two nodes one runs it and the other finds it claimed. A new
 * {@code pendingUntil} is a new reminder. Missed ones (all nodes down) are reached late, once.
 */
public final class PendingReminders {

    /** How often each node looks; reminders are reached at most this late. */
    static final Duration PERIOD = Duration.ofSeconds(30);
    private static final int BATCH = 200;
    private static final String DUE = "t.pending_until <= :now AND (t.pending_reminded_until IS NULL OR t.pending_reminded_until <> t.pending_until)"
            + " AND t.status IN (SELECT status_key FROM ticket_status WHERE kind = 'WAITING')";
    private static final Logger LOG = LoggerFactory.getLogger(PendingReminders.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final TicketMoments moments;
    private final TicketSlas slas;

    PendingReminders(Jdbi jdbi, Clock clock, ChangeLog changeLog, TicketMoments moments, TicketSlas slas) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.changeLog = changeLog;
        this.moments = moments;
        this.slas = slas;
    }

    /** One sweep over the reminders due by the clock's now; answers how many this node reached (one sweep at a time on this node). */
    public synchronized int runNow() {
        Instant now = clock.instant();
        int reached = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = jdbi.withHandle(handle -> handle.createQuery("SELECT t.id FROM ticket t WHERE " + DUE
                            + " AND t.id > :after ORDER BY t.id LIMIT :batch")
                    .bind("now", now).bind("after", from).bind("batch", BATCH).mapTo(Long.class).list());
            for (long id : ids) {
                try {
                    reached += changeLog.write(tx -> remind(tx, id, now));
                } catch (RuntimeException e) {
                    LOG.warn("pending reminder of ticket {} failed; the next sweep tries again", id, e);
                }
            }
            if (ids.size() < BATCH) {
                return reached;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    private int remind(ChangeLog.Tx tx, long id, Instant now) {
        var handle = tx.handle();
        Ticket ticket = TicketStore.lock(handle, id).orElse(null);
        // the claim, after the lock: another node's sweep that got here first has set it already
        if (ticket == null || handle.createUpdate("UPDATE ticket t SET pending_reminded_until = pending_until WHERE t.id = :id AND " + DUE)
                .bind("id", id).bind("now", now).execute() == 0) {
            return 0;
        }
        LOG.info("pending reminder of ticket {} reached (due {})", ticket.number(), ticket.pendingUntil());
        Ticket after = moments.reached(tx, ticket, TicketChangeEvent.Moment.PENDING_REMINDER, Set.of());
        // the rules may have moved it (reopened): its clocks follow, as after any change
        if (slas.refresh(handle, after, tx.now())) {
            tx.record(Ticket.ENTITY, Long.toString(id), ChangeOp.UPSERT, TicketStore.find(handle, id).orElseThrow());
        }
        return 1;
    }
}
