package dev.switchboard.app.tickets;

import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.tickets.Ticket;

/**
 * The "SLA at risk" queue's test, the same as the backend's {@code sla=at-risk}: the SLA as last
 * evaluated is warned or breached and a target is still owed (a due time counts). A ticket whose
 * warning the backend has not announced yet joins when it does (its SLA is evaluated then and the
 * ticket comes through the change log).
 */
final class SlaAtRisk {

    /** The backend's query value. */
    static final String QUERY = "at-risk";

    private SlaAtRisk() {
    }

    static boolean holds(Ticket ticket) {
        return ticket.sla() != null && ticket.sla().nextDueAt() != null
                && (ticket.sla().state() == SlaState.WARNING || ticket.sla().state() == SlaState.BREACHED);
    }
}
