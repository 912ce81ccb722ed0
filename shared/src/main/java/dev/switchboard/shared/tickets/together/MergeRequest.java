package dev.switchboard.shared.tickets.together;

/** Body of {@code POST /api/v1/tickets/{id}/merge}: the ticket {@code id} is merged into {@code targetId}. */
public record MergeRequest(Long targetId) {
}
