package dev.switchboard.server.tickets;

import dev.switchboard.server.sla.SlaEvent;
import dev.switchboard.server.sla.TicketSla;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.sla.SlaAlert;
import dev.switchboard.shared.sla.SlaAlertKind;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.tickets.Ticket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces SLA warnings and breaches at their instants and keeps the stored SLA of open tickets
 * current (ADR 0029). Each run, on the injected clock, takes the tickets whose next check has come
 * and those evaluated with older policies or business hours ({@link TicketSla#settingsVersion()}),
 * evaluates each with its row locked, and announces every event due by now that was not announced
 * before: a row of {@code ticket_sla_event} (unique per ticket and key), a history line, an
 * {@link SlaAlert} in the change log for the assignee and the group's supervisors, and on a breach
 * the policy's escalation ({@link SlaEscalation}), then the triggers of the moment ({@link TicketMoments}).
 * Every node runs it; the row lock and the fired keys make each event announced once.
 */
public final class TicketSlaScheduler {

    /** How often each node looks; events are announced at most this late. */
    static final Duration PERIOD = Duration.ofSeconds(30);
    private static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(TicketSlaScheduler.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final TicketSla sla;
    private final TicketSlas slas;
    private final TicketMoments moments;

    TicketSlaScheduler(Jdbi jdbi, Clock clock, ChangeLog changeLog, TicketSla sla, TicketSlas slas, TicketMoments moments) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.changeLog = changeLog;
        this.sla = sla;
        this.slas = slas;
        this.moments = moments;
    }

    /**
     * One run over every ticket that needs it; answers how many events it announced. One at a time on
     * this node (the timer's and an explicit one take turns instead of evaluating the same tickets twice).
     */
    public synchronized int runNow() {
        Instant now = clock.instant();
        long settings = sla.settingsVersion();
        int announced = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = jdbi.withHandle(handle -> handle.createQuery("""
                            SELECT t.id FROM ticket t JOIN ticket_status s ON s.status_key = t.status
                            WHERE s.kind <> 'CLOSED' AND t.id > :after
                              AND (t.sla_next_check_at <= :now OR t.sla_settings_version IS NULL OR t.sla_settings_version <> :settings)
                            ORDER BY t.id LIMIT :batch""")
                    .bind("after", from).bind("now", now).bind("settings", settings).bind("batch", BATCH)
                    .mapTo(Long.class).list());
            for (long id : ids) {
                try {
                    announced += check(id);
                } catch (RuntimeException e) {
                    LOG.warn("SLA check of ticket {} failed; the next run tries again", id, e);
                }
            }
            if (ids.size() < BATCH) {
                return announced;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /**
     * Evaluates one ticket. Most tickets of a settings change have nothing to announce: they are
     * stored in a transaction of their own; only announcements go through the change log.
     */
    private int check(long id) {
        boolean quiet = jdbi.inTransaction(handle -> {
            Ticket ticket = TicketStore.lock(handle, id).orElse(null);
            if (ticket == null) {
                return true;
            }
            // read after the lock: whoever holds it later evaluates at a later instant, so an older result never overwrites a newer one
            TicketSlas.Evaluated evaluated = slas.evaluate(handle, ticket, clock.instant());
            if (!evaluated.unfired().isEmpty() || !TicketSlas.sameForClients(ticket.sla(), evaluated.status())) {
                return false;
            }
            TicketSlas.store(handle, id, evaluated);
            return true;
        });
        return quiet ? 0 : changeLog.write(tx -> announce(tx, id));
    }

    private int announce(ChangeLog.Tx tx, long id) {
        Handle handle = tx.handle();
        Ticket ticket = TicketStore.lock(handle, id).orElseThrow();
        Instant now = clock.instant();
        TicketSlas.Evaluated evaluated = slas.evaluate(handle, ticket, now);
        String rule = evaluated.policy() == null ? "SLA" : "SLA: " + evaluated.policy().name();
        Ticket current = ticket;
        for (SlaEvent event : evaluated.unfired()) {
            handle.createUpdate("INSERT INTO ticket_sla_event (ticket_id, event_key, target, kind, event_at, fired_at, policy_id)"
                            + " VALUES (:ticket, :key, :target, :kind, :at, :firedAt, :policy)")
                    .bind("ticket", id).bind("key", event.key()).bind("target", event.target().name()).bind("kind", event.kind().name())
                    .bind("at", event.at()).bind("firedAt", now).bind("policy", evaluated.status().policyId())
                    .execute();
            TicketStore.history(handle, id, current.version(), List.of(new TicketStore.Change("sla", null, event.target() + " " + event.kind())),
                    null, rule, now);
            SlaAlertKind kind = SlaAlertKind.valueOf(event.kind().name());
            SlaAlert alert = new SlaAlert(id, current.number(), current.subject(), event.key(), event.target(), kind, event.at(), now,
                    evaluated.status().policyId(), evaluated.status().policyName(), current.groupId(), current.assigneeId(),
                    recipients(handle, current, kind));
            tx.record(SlaAlert.ENTITY, id + ":" + event.key(), ChangeOp.UPSERT, alert);
            LOG.info("SLA {} of ticket {}: {} due {} ({}), told {}", kind, current.number(), event.target(), event.at(), rule, alert.recipients());
            Ticket before = current;
            if (kind == SlaAlertKind.BREACH && evaluated.policy() != null) {
                current = SlaEscalation.apply(tx, current, evaluated.policy(), rule, now);
            }
            // the triggers of the moment, once with the announcement (after the policy's own escalation, which they see as changed)
            Set<String> escalated = new TreeSet<>(TicketEdits.diff(before, current).stream().map(TicketStore.Change::field).toList());
            current = moments.reached(tx, current, kind == SlaAlertKind.BREACH ? TicketChangeEvent.Moment.SLA_BREACH
                    : TicketChangeEvent.Moment.SLA_WARNING, escalated);
        }
        // an escalation may choose another policy (a raised priority): the stored SLA is the one after it
        TicketSlas.Evaluated after = current == ticket ? evaluated : slas.evaluate(handle, current, now);
        TicketSlas.store(handle, id, after);
        tx.record(Ticket.ENTITY, Long.toString(id), ChangeOp.UPSERT, TicketStore.find(handle, id).orElseThrow());
        return evaluated.unfired().size();
    }

    /** The assignee; for a breach, or when nobody is assigned, also the supervisors of the ticket's group. */
    private static List<Long> recipients(Handle handle, Ticket ticket, SlaAlertKind kind) {
        Set<Long> told = new TreeSet<>();
        if (ticket.assigneeId() != null) {
            told.add(ticket.assigneeId());
        }
        if (ticket.groupId() != null && (kind == SlaAlertKind.BREACH || ticket.assigneeId() == null)) {
            told.addAll(handle.createQuery("SELECT m.agent_id FROM agent_group_member m JOIN agent a ON a.id = m.agent_id"
                            + " WHERE m.group_id = :group AND a.role = 'SUPERVISOR'")
                    .bind("group", ticket.groupId()).mapTo(Long.class).list());
        }
        return List.copyOf(told);
    }
}
