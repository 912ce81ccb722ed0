package dev.switchboard.server.tickets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.tickets.Requester;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketPriority;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code ticket} joined with its requester: the ticket without its tags and related
 * tickets, which are rows of their own ({@link TicketStore} adds them).
 */
public record TicketRow(
        long id,
        String number,
        String subject,
        String description,
        long requesterId,
        String requesterName,
        String requesterEmail,
        String requesterPhone,
        String requesterVisitorId,
        Long categoryId,
        TicketPriority priority,
        String status,
        Long assigneeId,
        Long groupId,
        TicketChannel channel,
        Long conversationId,
        Long parentId,
        String customFields,
        long version,
        Long createdBy,
        Instant createdAt,
        Instant updatedAt,
        String sla,
        Instant pendingUntil) {

    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };

    /** The same row with the requester's contacts, read apart from it. */
    TicketRow withContacts(String email, String phone, String visitorId) {
        return new TicketRow(id, number, subject, description, requesterId, requesterName, email, phone, visitorId, categoryId, priority,
                status, assigneeId, groupId, channel, conversationId, parentId, customFields, version, createdBy, createdAt, updatedAt, sla, pendingUntil);
    }

    Ticket toTicket(List<String> tags, List<Long> relatedIds) {
        Requester requester = new Requester(requesterId, requesterName, requesterEmail, requesterPhone, requesterVisitorId);
        return new Ticket(id, number, subject, description, requester, categoryId, priority, status, assigneeId, groupId, channel, tags,
                conversationId, parentId, relatedIds, customFieldValues(customFields), version, createdBy, createdAt, updatedAt, TicketSlas.read(sla),
                pendingUntil);
    }

    static Map<String, Object> customFieldValues(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return Json.mapper().readValue(json, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored custom fields do not parse", e);
        }
    }
}
