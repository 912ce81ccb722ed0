package dev.switchboard.shared.tickets.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.TicketPatch;
import java.time.Instant;

/**
 * One entry of a workstation's ticket outbox (DESIGN.md, "Sync"), made offline or online and pushed
 * in {@code mutationId} order. {@code mutationId} increases per sync client and is never reused.
 *
 * <p>The ticket is named by {@code ticketId} once the backend numbered it, or by {@code localKey},
 * the client id of the {@link TicketMutationKind#CREATE} that made it offline: a change or comment
 * to a ticket that is not synced yet names its local key, and the backend resolves it through the
 * create's client id. Exactly one of the bodies is set, the one {@code kind} names.
 *
 * @param madeAt when the agent made the change (shown in conflicts; the backend's clock stamps history)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketMutation(
        long mutationId,
        TicketMutationKind kind,
        Long ticketId,
        String localKey,
        NewTicket create,
        TicketPatch patch,
        NewTicketComment comment,
        Instant madeAt) {

    public static TicketMutation create(long mutationId, String localKey, NewTicket ticket, Instant madeAt) {
        return new TicketMutation(mutationId, TicketMutationKind.CREATE, null, localKey, ticket, null, null, madeAt);
    }

    public static TicketMutation patch(long mutationId, Long ticketId, String localKey, TicketPatch patch, Instant madeAt) {
        return new TicketMutation(mutationId, TicketMutationKind.PATCH, ticketId, localKey, null, patch, null, madeAt);
    }

    public static TicketMutation comment(long mutationId, Long ticketId, String localKey, NewTicketComment comment, Instant madeAt) {
        return new TicketMutation(mutationId, TicketMutationKind.COMMENT, ticketId, localKey, null, null, comment, madeAt);
    }
}
