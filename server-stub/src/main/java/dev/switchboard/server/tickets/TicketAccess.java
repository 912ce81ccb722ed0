package dev.switchboard.server.tickets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.agents.AgentDirectory;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.sync.SyncService;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.sla.SlaAlert;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketOutOfSight;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who sees and changes which ticket: administrators every ticket; supervisors and agents the tickets
 * of their groups and those assigned to them. Seeing a ticket is what it takes to change it and to
 * comment on it; a ticket one may not see answers 404, as if it did not exist. The same rule
 * narrows the change log, for tickets and their comments, and tells those who lose sight of a
 * ticket ({@link TicketOutOfSight}).
 */
final class TicketAccess {

    private final AgentDirectory agents;

    TicketAccess(AgentDirectory agents, SyncService sync) {
        this.agents = agents;
        sync.restrict(Ticket.ENTITY, reader -> scope(reader).forChange("groupId", "assigneeId"));
        sync.restrict(TicketComment.ENTITY, reader -> scope(reader).forChange("ticketGroupId", "ticketAssigneeId"));
        // an SLA alert is for the agents it names (the assignee, the group's supervisors), nobody else
        sync.restrict(SlaAlert.ENTITY, reader -> change -> change.data() != null && told(change.data(), reader.agentId()));
        sync.restrict(TicketOutOfSight.ENTITY, reader -> {
            Scope scope = scope(reader);
            return change -> scope.forChange("formerGroupId", "formerAssigneeId").test(change)
                    && !scope.forChange("groupId", "assigneeId").test(change);
        });
    }

    /** What one caller may see: everything, or the tickets of some groups and those assigned to them. */
    record Scope(boolean all, long agentId, Set<Long> groups) {

        boolean sees(Long groupId, Long assigneeId) {
            return all || (assigneeId != null && assigneeId == agentId) || (groupId != null && groups.contains(groupId));
        }

        boolean sees(Ticket ticket) {
            return sees(ticket.groupId(), ticket.assigneeId());
        }

        /** The SQL condition on {@code ticket t}, with its bindings (a list binding as {@code <scopeGroups>}). */
        String sql(Map<String, Object> bindings) {
            if (all) {
                return "1 = 1";
            }
            bindings.put("scopeAgent", agentId);
            if (groups.isEmpty()) {
                return "t.assignee_id = :scopeAgent";
            }
            StringBuilder in = new StringBuilder();
            int i = 0;
            for (Long group : groups) {
                String name = "scopeGroup" + i++;
                in.append(in.isEmpty() ? "" : ", ").append(':').append(name);
                bindings.put(name, group);
            }
            return "(t.assignee_id = :scopeAgent OR t.group_id IN (" + in + "))";
        }

        /** Whether a change of the change log carrying a ticket's group and assignee under these names is for this reader. */
        Predicate<Change> forChange(String groupField, String assigneeField) {
            return change -> change.data() == null || sees(
                    change.data().hasNonNull(groupField) ? change.data().get(groupField).asLong() : null,
                    change.data().hasNonNull(assigneeField) ? change.data().get(assigneeField).asLong() : null);
        }
    }

    private static boolean told(JsonNode alert, long agentId) {
        for (JsonNode recipient : alert.path("recipients")) {
            if (recipient.asLong() == agentId) {
                return true;
            }
        }
        return false;
    }

    /** Visitors have no session at all (401); every agent has a scope. */
    Scope scope(Principal caller) {
        caller.require(Role.AGENT);
        if (caller.role().atLeast(Role.ADMIN)) {
            return new Scope(true, caller.agentId(), Set.of());
        }
        return new Scope(false, caller.agentId(), Set.copyOf(agents.groupsOf(caller.agentId())));
    }
}
