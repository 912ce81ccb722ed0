package dev.switchboard.shared.tickets;

import dev.switchboard.shared.sla.TicketSlaStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ticket as the API answers it and as the change log carries it (entity {@link #ENTITY}).
 *
 * @param number       human readable and unique: {@code T-yyyyMMdd-NNNN}, counted per UTC day
 * @param status       the key of a {@link TicketStatus}
 * @param categoryId   a {@link TicketCategory}, or null
 * @param assigneeId   the agent working it, or null
 * @param groupId      the group it belongs to, or null
 * @param conversationId the chat it was made from, or null
 * @param parentId     the ticket this one is a part of, or null
 * @param relatedIds   tickets about the same thing (the link goes both ways)
 * @param customFields values of the custom fields, by field key (absent: not set)
 * @param version      goes up with every change of a field; a change is made from a version
 * @param createdBy    the agent who made it, or null when made by the system (a chat nobody answered)
 * @param sla          its SLA as last evaluated (ADR 0029); null when it was not evaluated yet, and absent in what
 *                     older backends sent. Derived, never changed by a client: not a field of {@link TicketPatch}
 * @param pendingUntil when a waiting ticket (a status of kind {@link StatusKind#WAITING}) should be looked at again: its
 *                     pending reminder, a time event for triggers; null when none (always null outside a waiting status)
 */
public record Ticket(
        long id,
        String number,
        String subject,
        String description,
        Requester requester,
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
        long version,
        Long createdBy,
        Instant createdAt,
        Instant updatedAt,
        TicketSlaStatus sla,
        Instant pendingUntil) {

    /** The change-log entity of tickets. */
    public static final String ENTITY = "ticket";

    public Ticket {
        tags = tags == null ? List.of() : List.copyOf(tags);
        relatedIds = relatedIds == null ? List.of() : List.copyOf(relatedIds);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    /** A ticket without a pending reminder (the shape before {@code pendingUntil}; most tickets and callers). */
    public Ticket(long id, String number, String subject, String description, Requester requester, Long categoryId, TicketPriority priority,
                  String status, Long assigneeId, Long groupId, TicketChannel channel, List<String> tags, Long conversationId, Long parentId,
                  List<Long> relatedIds, Map<String, Object> customFields, long version, Long createdBy, Instant createdAt, Instant updatedAt,
                  TicketSlaStatus sla) {
        this(id, number, subject, description, requester, categoryId, priority, status, assigneeId, groupId, channel, tags, conversationId,
                parentId, relatedIds, customFields, version, createdBy, createdAt, updatedAt, sla, null);
    }
}
