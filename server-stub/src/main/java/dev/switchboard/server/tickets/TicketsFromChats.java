package dev.switchboard.server.tickets;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.chat.Chat;
import dev.switchboard.server.chat.ChatAuthor;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketRules;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * A ticket made from a chat ({@code POST /api/v1/conversations/{id}/ticket}): whoever may read the
 * chat makes it, the chat is linked (its transcript is the ticket's conversation), the requester is
 * the chat's visitor with the contacts the pre-chat form gave (fields {@code name}, {@code email},
 * {@code phone}), and what the body leaves out comes from the chat: the group, the caller as assignee
 * when they are in the group, and the visitor's first message as subject.
 */
final class TicketsFromChats {

    private final Jdbi jdbi;
    private final Chat chat;
    private final TicketService tickets;

    TicketsFromChats(Jdbi jdbi, Chat chat, TicketService tickets) {
        this.jdbi = jdbi;
        this.chat = chat;
        this.tickets = tickets;
    }

    Ticket create(Principal caller, long conversationId, NewTicket request) {
        Conversation conversation = chat.service().get(new ChatAuthor.Agent(caller), conversationId);
        Map<String, String> prechat = conversation.prechat();
        RequesterInput given = request.requester();
        RequesterInput requester = new RequesterInput(
                given != null && given.name() != null ? given.name() : prechat.get("name"),
                given != null && given.email() != null ? given.email() : prechat.get("email"),
                given != null && given.phone() != null ? given.phone() : prechat.get("phone"),
                conversation.visitorId());
        Long groupId = request.groupId() != null ? request.groupId() : conversation.groupId();
        Long assigneeId = request.assigneeId() != null || groupId == null || !inGroup(caller.agentId(), groupId)
                ? request.assigneeId() : Long.valueOf(caller.agentId());
        String subject = request.subject() != null && !request.subject().isBlank() ? request.subject() : subjectOf(conversation);
        return tickets.create(caller, new NewTicket(subject, request.description(), request.requesterId(), requester, request.categoryId(),
                request.priority(), request.status(), assigneeId, groupId, TicketChannel.CHAT, request.tags(), conversationId,
                request.parentId(), request.relatedIds(), request.customFields(), request.clientId()));
    }

    /** The visitor's first words, or the chat's number when they wrote nothing. */
    private String subjectOf(Conversation conversation) {
        String first = jdbi.withHandle(handle -> handle.createQuery("SELECT body FROM message WHERE conversation_id = :id"
                        + " AND sender_type = 'VISITOR' AND kind = 'TEXT' ORDER BY seq LIMIT 1")
                .bind("id", conversation.id()).mapTo(String.class).findOne().orElse(null));
        if (first == null || first.isBlank()) {
            return "Chat " + conversation.id();
        }
        String line = first.strip().replaceAll("\\s+", " ");
        return line.length() > TicketRules.SUBJECT_MAX ? line.substring(0, TicketRules.SUBJECT_MAX - 1) + "…" : line;
    }

    private boolean inGroup(long agentId, long groupId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM agent_group_member WHERE agent_id = :agent AND group_id = :group")
                .bind("agent", agentId).bind("group", groupId).mapTo(Integer.class).one() > 0);
    }
}
