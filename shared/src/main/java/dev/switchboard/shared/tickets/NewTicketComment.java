package dev.switchboard.shared.tickets;

/**
 * Body of {@code POST /api/v1/tickets/{id}/comments}. {@code kind} defaults to an internal note (a
 * reply reaches the customer, so it is said explicitly); {@code clientId} makes a repeated post
 * answer the comment made the first time.
 */
public record NewTicketComment(CommentKind kind, String body, String clientId) {
}
