package dev.switchboard.server.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.chat.ConversationRows.ConversationRow;
import dev.switchboard.server.chat.ConversationRows.MessageRow;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.chat.SenderType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for conversations, participants and messages. Callers own the transaction. */
final class ConversationStore {

    private static final ReceiptStore RECEIPTS = new ReceiptStore();
    /**
     * A conversation's last message seq lives in a narrow table of its own: it changes with every
     * message, and updating the conversation's row would also update each of its indexes.
     */
    private static final String LAST_SEQ = "(SELECT q.last_seq FROM conversation_seq q WHERE q.conversation_id = conversation.id) AS last_seq";
    static final String CONVERSATION_COLUMNS =
            "id, visitor_id, site, status, group_id, owner_id, prechat, " + LAST_SEQ + ", created_at, assigned_at, ended_at, rating, "
            + "rating_comment, (SELECT r.routing FROM conversation_routing r WHERE r.conversation_id = conversation.id) AS routing";
    /**
     * The columns without the routing reasons (read as null) where they are not shown: the queue is
     * read every second and every message checks its conversation, and parsing the stored decision
     * (every agent considered) each time would cost more than the rest of the work.
     */
    static final String PLAIN_COLUMNS = "id, visitor_id, site, status, group_id, owner_id, prechat, " + LAST_SEQ + ", created_at, "
            + "assigned_at, ended_at, rating, rating_comment, NULL AS routing";
    private static final String PREFIXED_CONVERSATION_COLUMNS = "c.id, c.visitor_id, c.site, c.status, c.group_id, c.owner_id, "
            + "c.prechat, (SELECT q.last_seq FROM conversation_seq q WHERE q.conversation_id = c.id) AS last_seq, "
            + "c.created_at, c.assigned_at, c.ended_at, c.rating, c.rating_comment, "
            + "(SELECT r.routing FROM conversation_routing r WHERE r.conversation_id = c.id) AS routing";
    private static final String MESSAGE_COLUMNS = "m.conversation_id, m.seq, m.client_id, m.sender_type, m.sender_agent_id, "
            + "a.display_name, m.kind, m.body, m.created_at, f.id AS file_id, f.file_name, f.media_type, f.size_bytes, f.width, f.height, "
            + "f.has_thumbnail, m.event_json";
    private static final String MESSAGE_FROM = " FROM message m LEFT JOIN agent a ON a.id = m.sender_agent_id"
            + " LEFT JOIN attachment f ON f.id = m.attachment_id";

    long insertConversation(Handle handle, String visitorId, String site, Map<String, String> prechat, int priority, String address,
                            Instant now) {
        long id = handle.createUpdate("""
                        INSERT INTO conversation (visitor_id, site, status, priority, prechat, client_address, created_at)
                        VALUES (:visitor, :site, 'QUEUED', :priority, :prechat, :address, :now)""")
                .bind("visitor", visitorId).bind("site", site).bind("priority", priority).bind("prechat", json(prechat))
                .bind("address", address.length() > 64 ? address.substring(0, 64) : address).bind("now", now)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
        handle.createUpdate("INSERT INTO conversation_seq (conversation_id, last_seq) VALUES (:id, 0)").bind("id", id).execute();
        RECEIPTS.created(handle, id);
        return id;
    }

    /** Whether a conversation was started from this invitation already: one invitation starts one chat. */
    boolean startedFrom(Handle handle, long invitationId) {
        return handle.createQuery("SELECT COUNT(*) FROM conversation WHERE invitation_id = :invitation").bind("invitation", invitationId)
                .mapTo(Long.class).one() > 0;
    }

    /** The conversation was started from the invitation that {@code agentId} sent (null: a rule's). */
    void startedFromInvitation(Handle handle, long conversationId, long invitationId, Long agentId) {
        handle.createUpdate("UPDATE conversation SET invitation_id = :invitation, invited_by = :agent WHERE id = :id")
                .bind("invitation", invitationId).bind("agent", agentId).bind("id", conversationId).execute();
    }

    /** The agent whose invitation started the conversation, if one did. */
    Optional<Long> invitedBy(Handle handle, long conversationId) {
        return handle.createQuery("SELECT invited_by FROM conversation WHERE id = :id").bind("id", conversationId)
                .mapTo(Long.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    Optional<Conversation> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + CONVERSATION_COLUMNS + " FROM conversation WHERE id = :id").bind("id", id)
                .map(ConversationRows.CONVERSATIONS).map(ConversationRow::toConversation).findOne();
    }

    /** The conversation without its routing reasons (null): enough to check access and to post, without parsing the decision. */
    Optional<Conversation> findWithoutRouting(Handle handle, long id) {
        return handle.createQuery("SELECT " + PLAIN_COLUMNS + " FROM conversation WHERE id = :id").bind("id", id)
                .map(ConversationRows.CONVERSATIONS).map(ConversationRow::toConversation).findOne();
    }

    /** The visitor's conversation that is not over, if any: a visitor has one chat at a time. */
    Optional<Conversation> openOf(Handle handle, String visitorId) {
        return handle.createQuery("SELECT " + CONVERSATION_COLUMNS
                        + " FROM conversation WHERE visitor_id = :visitor AND status <> 'ENDED' ORDER BY id DESC LIMIT 1")
                .bind("visitor", visitorId).map(ConversationRows.CONVERSATIONS).map(ConversationRow::toConversation).findOne();
    }

    /** The visitors with a conversation that is not over. */
    List<String> visitorsInOpenChats(Handle handle) {
        return handle.createQuery("SELECT DISTINCT visitor_id FROM conversation WHERE status <> 'ENDED'").mapTo(String.class).list();
    }

    /** The visitor's ended conversations older than {@code beforeId} (from the newest when null), newest first. */
    List<Conversation> endedOfVisitor(Handle handle, String visitorId, Long beforeId, int limit) {
        return handle.createQuery("SELECT " + CONVERSATION_COLUMNS
                        + " FROM conversation WHERE visitor_id = :visitor AND status = 'ENDED' AND id < :before"
                        + " ORDER BY id DESC LIMIT :limit")
                .bind("visitor", visitorId).bind("before", beforeId == null ? Long.MAX_VALUE : beforeId).bind("limit", limit)
                .map(ConversationRows.CONVERSATIONS).map(ConversationRow::toConversation).list();
    }

    /** How far the agents have read the conversation: the furthest of them, with their display name. */
    Optional<Map.Entry<String, Long>> agentsRead(Handle handle, long conversationId) {
        return handle.createQuery("SELECT a.display_name, p.read_seq FROM conversation_participant p JOIN agent a ON a.id = p.agent_id"
                        + " WHERE p.conversation_id = :c AND p.read_seq > 0 ORDER BY p.read_seq DESC LIMIT 1")
                .bind("c", conversationId).setMapKeyColumn("display_name").setMapValueColumn("read_seq").mapTo(ConversationRows.NAME_AND_SEQ)
                .findOne();
    }

    List<Conversation> list(Handle handle, ConversationStatus status, Long participantId, int limit) {
        String where = (status == null ? "1 = 1" : "c.status = :status")
                + (participantId == null ? "" : " AND EXISTS (SELECT 1 FROM conversation_participant p WHERE p.conversation_id = c.id"
                + " AND p.agent_id = :agent AND p.left_at IS NULL)");
        var query = handle.createQuery("SELECT " + PREFIXED_CONVERSATION_COLUMNS + " FROM conversation c WHERE " + where
                + " ORDER BY c.id DESC LIMIT :limit").bind("limit", limit);
        if (status != null) {
            query.bind("status", status.name());
        }
        if (participantId != null) {
            query.bind("agent", participantId);
        }
        return query.map(ConversationRows.CONVERSATIONS).map(ConversationRow::toConversation).list();
    }

    boolean isParticipant(Handle handle, long conversationId, long agentId) {
        return handle.createQuery("SELECT COUNT(*) FROM conversation_participant WHERE conversation_id = :c AND agent_id = :a AND left_at IS NULL")
                .bind("c", conversationId).bind("a", agentId).mapTo(Long.class).one() > 0;
    }

    /** Whether the agent takes part in the conversation now or did before (left after a transfer, say). */
    boolean tookPart(Handle handle, long conversationId, long agentId) {
        return handle.createQuery("SELECT COUNT(*) FROM conversation_participant WHERE conversation_id = :c AND agent_id = :a")
                .bind("c", conversationId).bind("a", agentId).mapTo(Long.class).one() > 0;
    }

    List<Long> participants(Handle handle, long conversationId) {
        return handle.createQuery("SELECT agent_id FROM conversation_participant WHERE conversation_id = :c AND left_at IS NULL")
                .bind("c", conversationId).mapTo(Long.class).list();
    }

    /** Hands the chat to another owner (whom the distribution engine records): the old one leaves, the new one joins (or returns) as owner. */
    void transferToAgent(Handle handle, long conversationId, long fromAgentId, long toAgentId, Instant now) {
        leave(handle, conversationId, fromAgentId, now);
        join(handle, conversationId, toAgentId, "OWNER", now);
    }

    void join(Handle handle, long conversationId, long agentId, String role, Instant now) {
        int rejoined = handle.createUpdate("UPDATE conversation_participant SET role = :role, joined_at = :now, left_at = NULL "
                        + "WHERE conversation_id = :c AND agent_id = :a")
                .bind("role", role).bind("now", now).bind("c", conversationId).bind("a", agentId).execute();
        if (rejoined == 0) {
            handle.createUpdate("INSERT INTO conversation_participant (conversation_id, agent_id, role, joined_at) VALUES (:c, :a, :role, :now)")
                    .bind("c", conversationId).bind("a", agentId).bind("role", role).bind("now", now).execute();
        }
    }

    void leave(Handle handle, long conversationId, long agentId, Instant now) {
        handle.createUpdate("UPDATE conversation_participant SET left_at = :now WHERE conversation_id = :c AND agent_id = :a AND left_at IS NULL")
                .bind("now", now).bind("c", conversationId).bind("a", agentId).execute();
    }

    /** Ends the conversation; false when it had already ended. */
    boolean end(Handle handle, long conversationId, String by, Instant now) {
        return handle.createUpdate("UPDATE conversation SET status = 'ENDED', ended_at = :now, ended_by = :by WHERE id = :id AND status <> 'ENDED'")
                .bind("now", now).bind("by", by).bind("id", conversationId).execute() > 0;
    }

    /** The name an agent is shown by, for event lines. */
    String agentName(Handle handle, long agentId) {
        return handle.createQuery("SELECT display_name FROM agent WHERE id = :id").bind("id", agentId).mapTo(String.class).one();
    }

    void rate(Handle handle, long conversationId, int rating, String comment) {
        handle.createUpdate("UPDATE conversation SET rating = :rating, rating_comment = :comment WHERE id = :id")
                .bind("rating", rating).bind("comment", comment).bind("id", conversationId).execute();
    }

    Optional<ChatMessage> messageByClientId(Handle handle, long conversationId, SenderType sender, String clientId) {
        return handle.createQuery("SELECT " + MESSAGE_COLUMNS + MESSAGE_FROM
                        + " WHERE m.conversation_id = :c AND m.sender_type = :sender AND m.client_id = :client")
                .bind("c", conversationId).bind("sender", sender.name()).bind("client", clientId)
                .map(ConversationRows.MESSAGES).map(MessageRow::toMessage).findOne();
    }

    /**
     * Appends a message with the conversation's next sequence number. The update of
     * {@code last_seq} locks the conversation's row, so concurrent senders get consecutive numbers.
     */
    ChatMessage append(Handle handle, long conversationId, String clientId, SenderType sender, Long agentId, MessageKind kind,
                       String body, String attachmentId, ChatEvent event, Instant at) {
        // stored to the microsecond: the message answered now is the one read back later
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        handle.createUpdate("UPDATE conversation_seq SET last_seq = last_seq + 1 WHERE conversation_id = :id").bind("id", conversationId).execute();
        long seq = handle.createQuery("SELECT last_seq FROM conversation_seq WHERE conversation_id = :id").bind("id", conversationId)
                .mapTo(Long.class).one();
        handle.createUpdate("""
                        INSERT INTO message (conversation_id, seq, client_id, sender_type, sender_agent_id, kind, body, attachment_id,
                                             event_json, created_at)
                        VALUES (:c, :seq, :client, :sender, :agent, :kind, :body, :file, :event, :now)""")
                .bind("c", conversationId).bind("seq", seq).bind("client", clientId).bind("sender", sender.name()).bind("agent", agentId)
                .bind("kind", kind.name()).bind("body", body).bind("file", attachmentId).bind("event", event == null ? null : json(event))
                .bind("now", now).execute();
        if (agentId == null && attachmentId == null) {
            // nothing to join (no agent's name, no file): the stored message is the one given
            return new ChatMessage(conversationId, seq, clientId, sender, null, null, kind, body, now, null, event);
        }
        return messageByClientId(handle, conversationId, sender, clientId).orElseThrow();
    }


    List<ChatMessage> messagesAfter(Handle handle, long conversationId, long after, int limit, boolean withNotes) {
        return handle.createQuery("SELECT " + MESSAGE_COLUMNS + MESSAGE_FROM
                        + " WHERE m.conversation_id = :c AND m.seq > :after" + (withNotes ? "" : " AND m.kind <> 'NOTE'")
                        + " ORDER BY m.seq LIMIT :limit")
                .bind("c", conversationId).bind("after", after).bind("limit", limit)
                .map(ConversationRows.MESSAGES).map(MessageRow::toMessage).list();
    }

    /** The same conversation with the given routing reasons. */
    static Conversation withRouting(Conversation c, RoutingReasons routing) {
        return new Conversation(c.id(), c.visitorId(), c.site(), c.status(), c.groupId(), c.ownerId(), c.prechat(), c.lastSeq(), c.createdAt(),
                c.assignedAt(), c.endedAt(), c.rating(), c.ratingComment(), routing);
    }

    static String json(Object value) {
        try {
            return dev.switchboard.shared.json.Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
