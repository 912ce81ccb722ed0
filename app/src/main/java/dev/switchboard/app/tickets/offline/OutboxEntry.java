package dev.switchboard.app.tickets.offline;

import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import dev.switchboard.shared.tickets.sync.TicketMutationKind;
import java.time.Instant;

/**
 * One row of the outbox: a local edit not synced yet. {@code body} is the create, patch or comment
 * as JSON; {@code baseVersion} is null for a change to a ticket made here (resolved when pushed).
 */
public record OutboxEntry(long mutationId, TicketMutationKind kind, Long ticketId, String localKey, String body, Long baseVersion,
                          Instant madeAt) {

    NewTicket create() {
        return ProtocolJson.read(body, NewTicket.class);
    }

    TicketPatch patch() {
        return ProtocolJson.read(body, TicketPatch.class);
    }

    NewTicketComment comment() {
        return ProtocolJson.read(body, NewTicketComment.class);
    }

    /** The entry as it is pushed, its patch made from {@code version}. */
    TicketMutation toMutation(Long version) {
        return switch (kind) {
            case CREATE -> TicketMutation.create(mutationId, localKey, create(), madeAt);
            case PATCH -> {
                TicketPatch patch = patch();
                TicketPatch based = new TicketPatch(version, patch.subject(), patch.description(), patch.categoryId(), patch.priority(),
                        patch.status(), patch.assigneeId(), patch.groupId(), patch.tags(), patch.parentId(), patch.relatedIds(),
                        patch.customFields(), patch.pendingUntil());
                yield TicketMutation.patch(mutationId, ticketId, ticketId == null ? localKey : null, based, madeAt);
            }
            case COMMENT -> TicketMutation.comment(mutationId, ticketId, ticketId == null ? localKey : null, comment(), madeAt);
        };
    }
}
