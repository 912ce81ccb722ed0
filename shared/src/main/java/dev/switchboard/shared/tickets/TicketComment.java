package dev.switchboard.shared.tickets;

import java.time.Instant;
import java.util.List;

/**
 * A reply or note of a ticket, never changed once written (entity {@link #ENTITY} of the change log).
 *
 * @param authorId       the agent who wrote it, or null when the customer did
 * @param authorName     the agent's or the customer's name when it was written
 * @param requesterId    the customer who wrote it, or null when an agent did
 * @param ticketGroupId  the ticket's group when it was written: with {@code ticketAssigneeId}, who
 *                       receives it through the change log (those who may see the ticket then)
 * @param clientId       the writer's idempotency key: the same key on the same ticket answers this comment again
 * @param attachments    the files sent with it (empty when none; absent in what older backends sent)
 */
public record TicketComment(long id, long ticketId, CommentKind kind, String body, Long authorId, String authorName,
                            Long requesterId, Long ticketGroupId, Long ticketAssigneeId, String clientId, Instant createdAt,
                            List<TicketAttachment> attachments) {

    public TicketComment {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A comment without files. */
    public TicketComment(long id, long ticketId, CommentKind kind, String body, Long authorId, String authorName,
                         Long requesterId, Long ticketGroupId, Long ticketAssigneeId, String clientId, Instant createdAt) {
        this(id, ticketId, kind, body, authorId, authorName, requesterId, ticketGroupId, ticketAssigneeId, clientId, createdAt, List.of());
    }

    /** The change-log entity of ticket comments. */
    public static final String ENTITY = "ticket_comment";
}
