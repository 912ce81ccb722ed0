package dev.switchboard.app.tickets;

import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.Ticket;
import java.util.List;
import java.util.Set;

/**
 * The queues of the Tickets page. Each asks the source for its tickets ({@link #filter}) and tells
 * of a changed ticket whether it still belongs ({@link #holds}), so the list follows the change log
 * without reading everything again. "Open" is every status not of a solved or closed kind.
 */
enum TicketQueue {
    /** Open tickets assigned to me. */
    MINE(Role.AGENT),
    /** Open tickets of my groups that nobody is assigned to. */
    GROUPS_UNASSIGNED(Role.AGENT),
    /** Every open ticket one sees (supervisors their groups', administrators all). */
    ALL_OPEN(Role.SUPERVISOR),
    /** Open tickets one sees whose SLA is warned or breached with a target still owed, soonest due first. */
    SLA_AT_RISK(Role.AGENT);

    private final Role minimumRole;

    TicketQueue(Role minimumRole) {
        this.minimumRole = minimumRole;
    }

    boolean offeredTo(Role role) {
        return role.atLeast(minimumRole);
    }

    TicketFilter filter(Set<String> openStatuses) {
        List<String> statuses = List.copyOf(openStatuses);
        return switch (this) {
            case MINE -> new TicketFilter(statuses, "me");
            case GROUPS_UNASSIGNED -> new TicketFilter(statuses, "none");
            case ALL_OPEN -> new TicketFilter(statuses, null);
            case SLA_AT_RISK -> new TicketFilter(statuses, null, true);
        };
    }

    boolean holds(Ticket ticket, Agent me, Set<String> openStatuses) {
        if (!openStatuses.contains(ticket.status())) {
            return false;
        }
        return switch (this) {
            case MINE -> ticket.assigneeId() != null && ticket.assigneeId() == me.id();
            case GROUPS_UNASSIGNED -> ticket.assigneeId() == null && ticket.groupId() != null && me.groupIds().contains(ticket.groupId());
            case ALL_OPEN -> true;
            case SLA_AT_RISK -> SlaAtRisk.holds(ticket);
        };
    }
}
