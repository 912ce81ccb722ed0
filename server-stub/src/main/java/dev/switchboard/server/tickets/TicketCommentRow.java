package dev.switchboard.server.tickets;

import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.TicketAttachment;
import dev.switchboard.shared.tickets.TicketComment;
import java.time.Instant;
import java.util.List;

/** A row of {@code ticket_comment} with its ticket's group and assignee; the comment once its files are added. */
public record TicketCommentRow(long id, long ticketId, CommentKind kind, String body, Long authorId, String authorName,
                               Long requesterId, Long ticketGroupId, Long ticketAssigneeId, String clientId, Instant createdAt) {

    TicketComment with(List<TicketAttachment> attachments) {
        return new TicketComment(id, ticketId, kind, body, authorId, authorName, requesterId, ticketGroupId, ticketAssigneeId, clientId,
                createdAt, attachments.stream().filter(file -> file.commentId() != null && file.commentId() == id).toList());
    }
}
