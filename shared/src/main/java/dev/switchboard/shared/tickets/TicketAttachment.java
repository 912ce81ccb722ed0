package dev.switchboard.shared.tickets;

import java.time.Instant;

/**
 * A file of a ticket ({@code GET /api/v1/tickets/{id}/attachments}, and in its comment's
 * {@code attachments}). {@code mediaType} was found from the content, not the name. The bytes are
 * at {@code GET /api/v1/ticket-attachments/{id}}, for those who may see the ticket.
 *
 * @param commentId the reply or note it was sent with; null for the files a web form sent with the
 *                  ticket, and for an agent's upload no comment has named yet
 */
public record TicketAttachment(String id, long ticketId, Long commentId, String fileName, String mediaType, long size, Instant createdAt) {

    /** The largest file a ticket takes (the chat's limit). */
    public static final long MAX_BYTES = dev.switchboard.shared.chat.Attachment.MAX_BYTES;
    /** Files one comment may carry. */
    public static final int PER_COMMENT_MAX = 10;
}
