package dev.switchboard.shared.tickets;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/tickets}. {@code subject} and a requester (by {@code requesterId} or
 * by {@code requester} contacts) are required; {@code priority} defaults to normal, {@code status}
 * to {@code new}, {@code channel} to API; an agent's ticket without group and assignee is assigned to
 * them. {@code clientId} makes a repeated create answer the ticket made the first time.
 */
public record NewTicket(
        String subject,
        String description,
        Long requesterId,
        RequesterInput requester,
        Long categoryId,
        TicketPriority priority,
        String status,
        Long assigneeId,
        Long groupId,
        TicketChannel channel,
        List<String> tags,
        Long conversationId,
        Long parentId,
        List<Long> relatedIds,
        Map<String, Object> customFields,
        String clientId) {

    /** The fields of a ticket made by hand: everything else at its default. */
    public static NewTicket of(String subject, String description, RequesterInput requester) {
        return new NewTicket(subject, description, null, requester, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
