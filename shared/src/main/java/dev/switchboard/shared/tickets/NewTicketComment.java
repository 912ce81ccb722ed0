package dev.switchboard.shared.tickets;

import java.util.List;

/**
 * Body of {@code POST /api/v1/tickets/{id}/comments}. {@code kind} defaults to an internal note (a
 * reply reaches the customer, so it is said explicitly); {@code clientId} makes a repeated post
 * answer the comment made the first time; {@code attachmentIds} are files uploaded to the ticket
 * beforehand ({@code POST /api/v1/tickets/{id}/attachments}) by the same agent and not sent yet.
 */
public record NewTicketComment(CommentKind kind, String body, String clientId, List<String> attachmentIds) {

    public NewTicketComment {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    /** A comment without files. */
    public NewTicketComment(CommentKind kind, String body, String clientId) {
        this(kind, body, clientId, List.of());
    }
}
