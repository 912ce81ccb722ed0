package dev.switchboard.shared.tickets;

import java.time.Instant;

/**
 * A reply or note of a ticket, never changed once written (entity {@link #ENTITY} of the change log).
 *
 * @param authorId       the agent who wrote it, or null when the customer did
 * @param authorName     the agent's or the customer's name when it was written
 * @param requesterId    the customer who wrote it, or null when an agent did
 * @param ticketGroupId  the ticket's group when it was written: with {@code ticketAssigneeId}, who
 *                       receives it through the change log (those who may see the ticket then)
 * @param clientId       the writer's idempotency key: the same key on the same ticket answers this comment again
 */
public record TicketComment(long id, long ticketId, CommentKind kind, String body, Long authorId, String authorName,
                            Long requesterId, Long ticketGroupId, Long ticketAssigneeId, String clientId, Instant createdAt) {

    /** The change-log entity of ticket comments. */
    public static final String ENTITY = "ticket_comment";
}
