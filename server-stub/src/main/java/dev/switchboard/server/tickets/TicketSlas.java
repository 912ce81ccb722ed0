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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * A ticket's SLA evaluated through the SLA port ({@link TicketSla}, ADR 0029) and stored on its row:
 * the status clients read, the overall state and next due time queues filter and sort by, when the
 * scheduler must look again, and the settings' number it was computed with. Called in the
 * transaction of every change of a ticket (fields, comments) and by {@link TicketSlaScheduler}.
 */
final class TicketSlas {

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
        // read before evaluating: a change of the settings meanwhile leaves an older number, so the scheduler evaluates again
        long settings = sla.settingsVersion();
        SlaTicket slaTicket = TicketSlaTimeline.of(handle, ticket);
        SlaEvaluation evaluation = sla.evaluate(slaTicket, now);
        SlaPolicy policy = evaluation.policyId() == null ? null
                : sla.policyFor(slaTicket.facts()).filter(found -> found.id() == evaluation.policyId()).orElse(null);
        TicketSlaStatus status = new TicketSlaStatus(evaluation.policyId(), policy == null ? null : policy.name(), overall(evaluation),
                evaluation.earliestDue(),
                evaluation.targets(), now);
        Set<String> fired = new HashSet<>(handle.createQuery("SELECT event_key FROM ticket_sla_event WHERE ticket_id = :id")
                .bind("id", ticket.id()).mapTo(String.class).list());
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
        TicketSlaStatus status = evaluated.status();
        handle.createUpdate("UPDATE ticket SET sla = :sla, sla_state = :state, sla_next_due_at = :nextDue, sla_next_check_at = :nextCheck,"
                        + " sla_settings_version = :settings WHERE id = :id")
                .bind("sla", write(status)).bind("state", status.state() == null ? null : status.state().name())
                .bind("nextDue", status.nextDueAt()).bind("nextCheck", evaluated.nextCheckAt())
                .bind("settings", evaluated.settingsVersion()).bind("id", ticketId)
                .execute();
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
