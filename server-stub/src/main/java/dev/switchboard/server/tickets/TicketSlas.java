package dev.switchboard.server.tickets;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.sla.SlaEvaluation;
import dev.switchboard.server.sla.SlaEvent;
import dev.switchboard.server.sla.SlaTicket;
import dev.switchboard.server.sla.TicketSla;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.sla.SlaPolicy;
import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.sla.SlaTargetClock;
import dev.switchboard.shared.sla.TicketSlaStatus;
import dev.switchboard.shared.tickets.Ticket;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A ticket's SLA evaluated through the SLA port ({@link TicketSla}, ADR 0029) and stored on its row:
 * the status clients read, the overall state and next due time queues filter and sort by, when the
 * scheduler must look again, and the settings' number it was computed with. Called in the
 * transaction of every change of a ticket (fields, comments) and by {@link TicketSlaScheduler}.
 */
final class TicketSlas {

    /** What a store writes; every store moves the SLA revision on, which is what the batches' guard reads. */
    private static final String STORED = "sla = :sla, sla_state = :state, sla_next_due_at = :nextDue, sla_next_check_at = :nextCheck,"
            + " sla_settings_version = :settings, sla_revision = sla_revision + 1";

    private final TicketSla sla;

    TicketSlas(TicketSla sla) {
        this.sla = sla;
    }

    /**
     * A ticket's evaluation at an instant.
     *
     * @param policy  the policy that applies, null when none does
     * @param unfired the events due by then that were not announced yet, in time order
     */
    record Evaluated(TicketSlaStatus status, SlaPolicy policy, List<SlaEvent> unfired, Instant nextCheckAt, long settingsVersion) {
    }

    /** Evaluates {@code ticket} at {@code now} in the caller's transaction, without storing anything. */
    Evaluated evaluate(Handle handle, Ticket ticket, Instant now) {
        return evaluateAll(handle, List.of(ticket), now).get(ticket.id());
    }

    /**
     * Evaluates several tickets at {@code now} in the caller's transaction, by ticket id, in a fixed
     * number of statements (the scheduler's batches, ADR 0040); stores nothing.
     */
    Map<Long, Evaluated> evaluateAll(Handle handle, List<Ticket> tickets, Instant now) {
        // read before evaluating: a change of the settings meanwhile leaves an older number, so the scheduler evaluates again
        long settings = sla.settingsVersion();
        Map<Long, SlaTicket> slaTickets = TicketSlaTimeline.ofAll(handle, tickets);
        Map<Long, Set<String>> fired = new HashMap<>();
        handle.createQuery("SELECT ticket_id, event_key FROM ticket_sla_event WHERE ticket_id IN (<ids>)")
                .bindList("ids", tickets.stream().map(Ticket::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(entry -> fired.computeIfAbsent(entry.getKey(), key -> new HashSet<>()).add(entry.getValue()));
        Map<Long, Evaluated> evaluated = new LinkedHashMap<>();
        for (Ticket ticket : tickets) {
            evaluated.put(ticket.id(), evaluate(slaTickets.get(ticket.id()), fired.getOrDefault(ticket.id(), Set.of()), now, settings));
        }
        return evaluated;
    }

    private Evaluated evaluate(SlaTicket slaTicket, Set<String> fired, Instant now, long settings) {
        SlaEvaluation evaluation = sla.evaluate(slaTicket, now);
        SlaPolicy policy = evaluation.policyId() == null ? null
                : sla.policyFor(slaTicket.facts()).filter(found -> found.id() == evaluation.policyId()).orElse(null);
        TicketSlaStatus status = new TicketSlaStatus(evaluation.policyId(), policy == null ? null : policy.name(), overall(evaluation),
                evaluation.earliestDue(),
                evaluation.targets(), now);
        List<SlaEvent> unfired = evaluation.events().stream().filter(event -> !event.at().isAfter(now))
                .filter(event -> !fired.contains(event.key())).toList();
        Instant nextCheck = unfired.isEmpty() ? evaluation.nextEventAt() : unfired.get(0).at();
        return new Evaluated(status, policy, unfired, nextCheck, settings);
    }

    /** Evaluates the ticket and stores the result on its row; answers whether what clients see of it changed. */
    boolean refresh(Handle handle, Ticket ticket, Instant now) {
        Evaluated evaluated = evaluate(handle, ticket, now);
        store(handle, ticket.id(), evaluated);
        return !sameForClients(ticket.sla(), evaluated.status());
    }

    static void store(Handle handle, long ticketId, Evaluated evaluated) {
        bind(handle.createUpdate("UPDATE ticket SET " + STORED + " WHERE id = :id"), evaluated).bind("id", ticketId).execute();
    }

    /** A ticket's evaluation to store only if the ticket is still at the version and SLA revision it was read with. */
    record Guarded(long ticketId, long version, long revision, Evaluated evaluated) {
    }

    /**
     * Stores the evaluations with one batched {@code UPDATE}, each only on a row still at the version
     * and SLA revision it was evaluated from (ADR 0040): a ticket changed meanwhile keeps its newer
     * SLA. Answers the ids of the tickets stored.
     */
    static Set<Long> storeUnchanged(Handle handle, List<Guarded> results) {
        if (results.isEmpty()) {
            return Set.of();
        }
        PreparedBatch batch = handle.prepareBatch("UPDATE ticket SET " + STORED
                + " WHERE id = :id AND version = :version AND sla_revision = :revision");
        for (Guarded result : results) {
            bind(batch, result.evaluated()).bind("id", result.ticketId()).bind("version", result.version())
                    .bind("revision", result.revision()).add();
        }
        int[] counts = batch.execute();
        Set<Long> stored = new HashSet<>();
        for (int i = 0; i < counts.length; i++) {
            // a driver may answer SUCCESS_NO_INFO (-2) for a batched row; only 0 says the guard held it back
            if (counts[i] != 0) {
                stored.add(results.get(i).ticketId());
            }
        }
        return stored;
    }

    private static <T extends SqlStatement<T>> T bind(T statement, Evaluated evaluated) {
        TicketSlaStatus status = evaluated.status();
        return statement.bind("sla", write(status)).bind("state", status.state() == null ? null : status.state().name())
                .bind("nextDue", status.nextDueAt()).bind("nextCheck", evaluated.nextCheckAt())
                .bind("settings", evaluated.settingsVersion());
    }

    /**
     * Whether two statuses show clients the same: policy, states, due and warning instants. Elapsed
     * minutes move all the time and a client counts them itself, so they alone are no news.
     */
    static boolean sameForClients(TicketSlaStatus before, TicketSlaStatus after) {
        if (before == null || after == null) {
            return before == after;
        }
        return Objects.equals(before.policyId(), after.policyId()) && Objects.equals(before.policyName(), after.policyName())
                && before.state() == after.state() && Objects.equals(before.nextDueAt(), after.nextDueAt())
                && shape(before.targets()).equals(shape(after.targets()));
    }

    private static List<List<Object>> shape(List<SlaTargetClock> clocks) {
        return clocks.stream().map(clock -> Arrays.<Object>asList(clock.target(), clock.state(), clock.targetMinutes(),
                clock.warningAt(), clock.dueAt(), clock.stoppedAt())).toList();
    }

    /**
     * The most urgent state of the clocks that are owed (not stopped, not inactive); when none is
     * owed, BREACHED if a target was missed, MET if one was measured; null without a policy.
     */
    static SlaState overall(SlaEvaluation evaluation) {
        if (evaluation.policyId() == null || evaluation.targets().isEmpty()) {
            return null;
        }
        List<SlaState> urgency = List.of(SlaState.BREACHED, SlaState.WARNING, SlaState.RUNNING, SlaState.PAUSED);
        Optional<SlaState> owed = evaluation.targets().stream()
                .filter(clock -> clock.stoppedAt() == null && urgency.contains(clock.state()))
                .map(SlaTargetClock::state).min(Comparator.comparingInt(urgency::indexOf));
        if (owed.isPresent()) {
            return owed.get();
        }
        boolean missed = evaluation.targets().stream().anyMatch(clock -> clock.state() == SlaState.BREACHED);
        boolean measured = evaluation.targets().stream().anyMatch(clock -> clock.state() == SlaState.MET);
        return missed ? SlaState.BREACHED : measured ? SlaState.MET : null;
    }

    static String write(TicketSlaStatus status) {
        try {
            return Json.mapper().writeValueAsString(status);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static TicketSlaStatus read(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return Json.mapper().readValue(json, TicketSlaStatus.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ticket.sla is not the JSON V49 describes", e);
        }
    }
}
