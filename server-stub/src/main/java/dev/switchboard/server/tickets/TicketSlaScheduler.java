package dev.switchboard.server.tickets;

import dev.switchboard.server.sla.SlaEvent;
import dev.switchboard.server.sla.TicketSla;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.sla.SlaAlert;
import dev.switchboard.shared.sla.SlaAlertKind;
import dev.switchboard.shared.sla.TicketSlaStatus;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.tickets.Ticket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces SLA warnings and breaches at their instants and keeps the stored SLA of open tickets
 * current (ADR 0029). Each run, on the injected clock, takes the tickets whose next check has come,
 * then those evaluated with older policies or business hours ({@link TicketSla#settingsVersion()}).
 * It evaluates them in batches with set-based reads and without locks (ADR 0040): a ticket with an
 * event to announce is locked and evaluated again under its lock, and every event due by now that was
 * not announced before is announced: a row of {@code ticket_sla_event} (unique per ticket and key), a
 * history line, an {@link SlaAlert} in the change log for the assignee and the group's supervisors,
 * and on a breach the policy's escalation ({@link SlaEscalation}), then the triggers of the moment
 * ({@link TicketMoments}). The other results are stored with one batched {@code UPDATE} guarded by
 * the ticket's version and SLA revision, so a ticket changed meanwhile is not overwritten with what
 * was read before (it is evaluated again). Every node runs it; the row lock and the fired keys make
 * each event announced once.
 *
 * <p>A run works in slices of about {@link #SLICE}: a full re-evaluation after a settings change
 * goes on slice after slice, and each slice first takes the tickets whose events came, so those
 * are announced on time meanwhile.
 */
public final class TicketSlaScheduler {

    /** How often each node looks; events are announced at most this late. */
    static final Duration PERIOD = Duration.ofSeconds(30);
    /** How long one slice of a run evaluates before it looks at the events that came meanwhile. */
    static final Duration SLICE = Duration.ofSeconds(5);
    private static final int BATCH = 200;
    private static final String OPEN = "t.status IN (SELECT status_key FROM ticket_status WHERE kind <> 'CLOSED')";
    private static final String EVENT_CAME = OPEN + " AND t.sla_next_check_at <= :now";
    private static final String OLDER_SETTINGS = OPEN + " AND (t.sla_settings_version IS NULL OR t.sla_settings_version <> :settings)";
    private static final Logger LOG = LoggerFactory.getLogger(TicketSlaScheduler.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ChangeLog changeLog;
    private final TicketSla sla;
    private final TicketSlas slas;
    private final TicketMoments moments;
    private int batchSize = BATCH;
    private Duration slice = SLICE;
    private Consumer<List<Long>> beforeStore = ids -> { };
    private volatile boolean timerRuns = true;
    /** Where the two passes go on in the next slice: after these ticket ids (0: from the start). */
    private long eventCameAfter;
    private long olderSettingsAfter;

    /** What one slice did. */
    record Slice(int evaluated, int announced, boolean finished) {
    }

    TicketSlaScheduler(Jdbi jdbi, Clock clock, ChangeLog changeLog, TicketSla sla, TicketSlas slas, TicketMoments moments) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.changeLog = changeLog;
        this.sla = sla;
        this.slas = slas;
        this.moments = moments;
    }

    /**
     * A whole run over every ticket that needs it, slice after slice; answers how many events it
     * announced. One slice at a time on this node (the timer's and an explicit run take turns
     * instead of evaluating the same tickets twice).
     */
    public int runNow() {
        int announced = 0;
        Slice done;
        do {
            done = runSlice();
            announced += done.announced();
        } while (!done.finished());
        return announced;
    }

    /**
     * One slice: the tickets whose next check came, then tickets with older settings, each from where
     * the previous slice stopped, until the slice's time is up (on the machine's clock: it bounds work,
     * not SLA time). A slice evaluates at least one batch and moves on, so a run always ends; it is
     * finished when the pass over the tickets with older settings reached the last one.
     */
    synchronized Slice runSlice() {
        long deadline = System.nanoTime() + slice.toNanos();
        Instant now = clock.instant();
        int evaluated = 0;
        int announced = 0;
        while (true) {
            List<Ticket> batch = batch(EVENT_CAME, eventCameAfter, Map.of("now", now));
            evaluated += batch.size();
            announced += check(batch);
            if (batch.size() < batchSize) {
                eventCameAfter = 0;
                break;
            }
            eventCameAfter = batch.get(batch.size() - 1).id();
            if (System.nanoTime() >= deadline) {
                return new Slice(evaluated, announced, false);
            }
        }
        long settings = sla.settingsVersion();
        while (true) {
            List<Ticket> batch = batch(OLDER_SETTINGS, olderSettingsAfter, Map.of("settings", settings));
            evaluated += batch.size();
            announced += check(batch);
            if (batch.size() < batchSize) {
                // tickets changed meanwhile (the guard held their store back) are taken again by the next run
                olderSettingsAfter = 0;
                return new Slice(evaluated, announced, true);
            }
            olderSettingsAfter = batch.get(batch.size() - 1).id();
            if (System.nanoTime() >= deadline) {
                return new Slice(evaluated, announced, false);
            }
        }
    }

    /**
     * The timer's run: slices until the pass is done. Between two slices an explicit run may take a
     * turn; each slice starts with the tickets whose events came meanwhile.
     */
    void tick() {
        boolean finished = false;
        while (timerRuns && !finished) {
            finished = runSlice().finished();
        }
    }

    /**
     * Test seam: smaller batches and slices, work run between a batch's reads and its store (a
     * concurrent change), and the timer's runs stopped so that the test drives every slice itself.
     */
    synchronized void tune(int batchSize, Duration slice, Consumer<List<Long>> beforeStore) {
        this.batchSize = batchSize;
        this.slice = slice;
        this.beforeStore = beforeStore;
        this.timerRuns = false;
    }

    private List<Ticket> batch(String condition, long after, Map<String, Object> bindings) {
        return jdbi.withHandle(handle -> TicketStore.idRange(handle, after, batchSize, condition, bindings));
    }

    /** A batch's ticket as read, with its SLA revision and evaluation. */
    private record Read(Ticket ticket, long revision, TicketSlas.Evaluated evaluated) {
    }

    /**
     * Evaluates a batch read without locks. Tickets with events to announce go one by one through
     * the change log under their row lock; the others are stored together, guarded by the version and
     * SLA revision read — those whose SLA changed for clients in a change-log transaction that tells
     * them, the rest (most of a settings change) in a plain one.
     */
    private int check(List<Ticket> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<Read> reads;
        try {
            reads = read(batch);
        } catch (RuntimeException e) {
            LOG.warn("reading the SLA of {} tickets from {} failed; checking them one by one", batch.size(), batch.get(0).id(), e);
            return checkEach(batch.stream().map(Ticket::id).toList());
        }
        beforeStore.accept(reads.stream().map(read -> read.ticket().id()).toList());
        List<Read> quiet = new ArrayList<>();
        List<Read> told = new ArrayList<>();
        List<Long> announcing = new ArrayList<>();
        for (Read read : reads) {
            if (!read.evaluated().unfired().isEmpty()) {
                announcing.add(read.ticket().id());
            } else if (TicketSlas.sameForClients(read.ticket().sla(), read.evaluated().status())) {
                quiet.add(read);
            } else {
                told.add(read);
            }
        }
        try {
            jdbi.useTransaction(handle -> TicketSlas.storeUnchanged(handle, guarded(quiet)));
            if (!told.isEmpty()) {
                changeLog.write(tx -> {
                    Set<Long> stored = TicketSlas.storeUnchanged(tx.handle(), guarded(told));
                    for (Read read : told) {
                        if (stored.contains(read.ticket().id())) {
                            Ticket ticket = withSla(read.ticket(), read.evaluated().status());
                            tx.record(Ticket.ENTITY, Long.toString(ticket.id()), ChangeOp.UPSERT, ticket);
                        }
                    }
                    return null;
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("storing the SLA of {} tickets from {} failed; the next run tries again", quiet.size() + told.size(), batch.get(0).id(), e);
        }
        return checkEach(announcing);
    }

    /** Checks each ticket alone, under its row lock, announcing what is due. */
    private int checkEach(List<Long> ids) {
        int announced = 0;
        for (long id : ids) {
            try {
                announced += changeLog.write(tx -> announce(tx, id));
            } catch (RuntimeException e) {
                LOG.warn("SLA check of ticket {} failed; the next run tries again", id, e);
            }
        }
        return announced;
    }

    private List<Read> read(List<Ticket> batch) {
        return jdbi.inTransaction(handle -> {
            List<Long> ids = batch.stream().map(Ticket::id).toList();
            // after the rows, before the timeline: a change committed meanwhile bumps the version (fields) or the revision (comments)
            Map<Long, Long> revisions = new HashMap<>();
            handle.createQuery("SELECT id, sla_revision FROM ticket WHERE id IN (<ids>)").bindList("ids", ids)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2))).forEach(entry -> revisions.put(entry.getKey(), entry.getValue()));
            Map<Long, TicketSlas.Evaluated> evaluated = slas.evaluateAll(handle, batch, clock.instant());
            return batch.stream().filter(ticket -> revisions.containsKey(ticket.id()))
                    .map(ticket -> new Read(ticket, revisions.get(ticket.id()), evaluated.get(ticket.id()))).toList();
        });
    }

    private static List<TicketSlas.Guarded> guarded(List<Read> reads) {
        return reads.stream().map(read -> new TicketSlas.Guarded(read.ticket().id(), read.ticket().version(), read.revision(),
                read.evaluated())).toList();
    }

    /** The ticket as clients see it once the batch stored its SLA (the store changes nothing else of it). */
    private static Ticket withSla(Ticket ticket, TicketSlaStatus sla) {
        return new Ticket(ticket.id(), ticket.number(), ticket.subject(), ticket.description(), ticket.requester(), ticket.categoryId(),
                ticket.priority(), ticket.status(), ticket.assigneeId(), ticket.groupId(), ticket.channel(), ticket.tags(),
                ticket.conversationId(), ticket.parentId(), ticket.relatedIds(), ticket.customFields(), ticket.version(), ticket.createdBy(),
                ticket.createdAt(), ticket.updatedAt(), sla, ticket.pendingUntil());
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
