package dev.switchboard.server.tickets;

import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The checks of a ticket's fields that need the database: the category, status, agent, group, chat
 * and tickets it names exist (and the caller may see those tickets), the status move is allowed, the
 * assignee is in the group, and the parent chain has no loop. Each check adds its field's error, so a
 * form shows them all at once.
 */
final class TicketReferences {

    static final String UNKNOWN_TICKET = "an existing ticket you may see";

    private final Handle handle;
    private final TicketAccess.Scope scope;
    private final List<FieldError> errors;

    TicketReferences(Handle handle, TicketAccess.Scope scope, List<FieldError> errors) {
        this.handle = handle;
        this.scope = scope;
        this.errors = errors;
    }

    void category(Long categoryId) {
        if (categoryId != null && TicketSetup.category(handle, categoryId).filter(TicketCategory::enabled).isEmpty()) {
            errors.add(new FieldError("categoryId", "an enabled category"));
        }
    }

    /** A status to create a ticket in: any that exists but a closed one. */
    Optional<TicketStatus> initialStatus(String key) {
        Optional<TicketStatus> status = TicketSetup.status(handle, key);
        if (status.isEmpty()) {
            errors.add(new FieldError("status", "one of the ticket statuses"));
        } else if (!StatusKind.INITIAL.contains(status.get().kind())) {
            errors.add(new FieldError("status", "a ticket is not created closed"));
        }
        return status;
    }

    /** A move from the current status to {@code key}: the status exists and the kinds allow it. */
    void move(String fromKey, String key) {
        StatusKind from = TicketSetup.status(handle, fromKey).map(TicketStatus::kind).orElseThrow();
        Optional<TicketStatus> to = TicketSetup.status(handle, key);
        if (to.isEmpty()) {
            errors.add(new FieldError("status", "one of the ticket statuses"));
        } else if (!from.canMoveTo(to.get().kind())) {
            errors.add(new FieldError("status", "not allowed from " + fromKey + " (" + from + ") to " + key + " (" + to.get().kind() + ")"));
        }
    }

    /** The assignee is an enabled account and, when the ticket has a group, one of its members. */
    void assignee(Long assigneeId, Long groupId) {
        if (assigneeId == null) {
            return;
        }
        Optional<Boolean> enabled = handle.createQuery("SELECT enabled FROM agent WHERE id = :id").bind("id", assigneeId)
                .mapTo(Boolean.class).findOne();
        if (enabled.isEmpty() || !enabled.get()) {
            errors.add(new FieldError("assigneeId", "an enabled agent"));
            return;
        }
        if (groupId != null && groupExists(groupId) && handle.createQuery("SELECT COUNT(*) FROM agent_group_member WHERE agent_id = :agent AND group_id = :group")
                .bind("agent", assigneeId).bind("group", groupId).mapTo(Integer.class).one() == 0) {
            errors.add(new FieldError("assigneeId", "a member of the ticket's group"));
        }
    }

    void group(Long groupId) {
        if (groupId != null && !groupExists(groupId)) {
            errors.add(new FieldError("groupId", "an existing group"));
        }
    }

    void conversation(Long conversationId) {
        if (conversationId != null && handle.createQuery("SELECT COUNT(*) FROM conversation WHERE id = :id").bind("id", conversationId)
                .mapTo(Integer.class).one() == 0) {
            errors.add(new FieldError("conversationId", "an existing chat"));
        }
    }

    /** A parent the caller sees, not the ticket itself nor one of its descendants (a ticket not made yet has none). */
    void parent(Long parentId, Long self) {
        Long ancestor = parentId;
        Set<Long> seen = new HashSet<>();
        while (ancestor != null && seen.add(ancestor)) {
            if (ancestor.equals(self)) {
                errors.add(new FieldError("parentId", "not the ticket itself or one of its parts"));
                return;
            }
            Optional<Ticket> found = TicketStore.find(handle, ancestor);
            if (ancestor.equals(parentId) && (found.isEmpty() || !scope.sees(found.get()))) {
                errors.add(new FieldError("parentId", UNKNOWN_TICKET));
                return;
            }
            ancestor = found.map(Ticket::parentId).orElse(null);
        }
    }

    /** Related tickets the caller sees, not the ticket itself. */
    void related(List<Long> relatedIds, Long self) {
        for (Long other : relatedIds) {
            if (other.equals(self) || TicketStore.find(handle, other).filter(scope::sees).isEmpty()) {
                errors.add(new FieldError("relatedIds", UNKNOWN_TICKET + ", not this one: " + other));
                return;
            }
        }
    }

    private boolean groupExists(long groupId) {
        return handle.createQuery("SELECT COUNT(*) FROM agent_group WHERE id = :id").bind("id", groupId).mapTo(Integer.class).one() > 0;
    }
}
