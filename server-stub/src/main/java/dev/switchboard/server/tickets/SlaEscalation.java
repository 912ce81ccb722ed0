package dev.switchboard.server.tickets;

import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.sla.SlaPolicy;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketOutOfSight;
import dev.switchboard.shared.tickets.TicketPriority;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * What a breach does to the ticket besides telling people, as its policy says: raise a lower
 * priority, move it to another group (its assignee stays only if a member of that group). A change
 * of the ticket like any other — the next version, a history row per field naming the policy as
 * the rule, the change log — in the scheduler's transaction.
 */
final class SlaEscalation {

    private SlaEscalation() {
    }

    /** The ticket after the escalation; {@code ticket} itself when the policy asks for nothing it does not have. */
    static Ticket apply(ChangeLog.Tx tx, Ticket ticket, SlaPolicy policy, String rule, Instant now) {
        Handle handle = tx.handle();
        TicketPriority priority = ticket.priority();
        if (policy.raisePriorityTo() != null && TicketPriority.valueOf(policy.raisePriorityTo()).compareTo(priority) > 0) {
            priority = TicketPriority.valueOf(policy.raisePriorityTo());
        }
        Long group = policy.reassignGroupId() != null ? policy.reassignGroupId() : ticket.groupId();
        Long assignee = ticket.assigneeId();
        if (assignee != null && group != null && !group.equals(ticket.groupId()) && !member(handle, assignee, group)) {
            assignee = null;
        }
        Ticket wanted = TicketEdits.escalated(ticket, priority, group, assignee);
        List<TicketStore.Change> changes = TicketEdits.diff(ticket, wanted);
        if (changes.isEmpty()) {
            return ticket;
        }
        Ticket next = TicketEdits.nextVersion(wanted, now);
        TicketStore.update(handle, next);
        TicketStore.history(handle, ticket.id(), next.version(), changes, null, rule, now);
        if (!Objects.equals(ticket.groupId(), next.groupId()) || !Objects.equals(ticket.assigneeId(), next.assigneeId())) {
            tx.record(TicketOutOfSight.ENTITY, Long.toString(ticket.id()), ChangeOp.UPSERT, new TicketOutOfSight(ticket.id(), ticket.groupId(),
                    ticket.assigneeId(), next.groupId(), next.assigneeId()));
        }
        return TicketStore.find(handle, ticket.id()).orElseThrow();
    }

    private static boolean member(Handle handle, long agentId, long groupId) {
        return handle.createQuery("SELECT COUNT(*) FROM agent_group_member WHERE agent_id = :agent AND group_id = :group")
                .bind("agent", agentId).bind("group", groupId).mapTo(Long.class).one() > 0;
    }
}
