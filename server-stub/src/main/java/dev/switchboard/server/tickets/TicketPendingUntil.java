package dev.switchboard.server.tickets;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketStatus;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The pending reminder of a change ({@code pendingUntil}): it belongs to the waiting statuses
 * (pending, on hold, and those administrators add of kind WAITING). A change that sets it for a
 * ticket that will not wait is refused; a change that moves the ticket out of waiting clears it,
 * so a reminder never fires for a ticket someone already took up again.
 */
final class TicketPendingUntil {

    static final String ONLY_WHILE_WAITING = "only with a waiting status (kind WAITING, e.g. pending)";

    private TicketPendingUntil() {
    }

    /** {@code wanted} with its reminder as its status allows; a refusal when {@code patch} sets one for a ticket that will not wait. */
    static Ticket settle(Handle handle, Ticket wanted, TicketPatch patch) {
        if (wanted.pendingUntil() == null || waiting(handle, wanted.status())) {
            return wanted;
        }
        if (patch.pendingUntil() != null) {
            throw ApiException.invalid("the change is not valid", List.of(new FieldError("pendingUntil", ONLY_WHILE_WAITING)));
        }
        return new Ticket(wanted.id(), wanted.number(), wanted.subject(), wanted.description(), wanted.requester(), wanted.categoryId(),
                wanted.priority(), wanted.status(), wanted.assigneeId(), wanted.groupId(), wanted.channel(), wanted.tags(), wanted.conversationId(),
                wanted.parentId(), wanted.relatedIds(), wanted.customFields(), wanted.version(), wanted.createdBy(), wanted.createdAt(),
                wanted.updatedAt(), wanted.sla(), null);
    }

    private static boolean waiting(Handle handle, String status) {
        return TicketSetup.status(handle, status).map(TicketStatus::kind).orElse(StatusKind.OPEN) == StatusKind.WAITING;
    }
}
