package dev.switchboard.shared.tickets.together;

/**
 * Body of {@code POST /api/v1/tickets/{id}/split}: reply or note {@code commentId} of the ticket
 * becomes a new ticket linked to it; {@code subject} defaults to the reply's first line.
 */
public record SplitRequest(Long commentId, String subject) {
}
