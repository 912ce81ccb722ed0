package dev.switchboard.server.chat;

import dev.switchboard.server.infra.RecordMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ColumnName;

/**
 * Delivered and read marks: how far each side's client holds and has read a conversation's
 * messages. The visitor's marks live in {@code conversation_visitor_receipt} (created with the
 * conversation), each agent's in their participant row (V11 and V12 say why).
 */
final class ReceiptStore {

    /** No client holds a message that was never stored. */
    private static final String STORED = " AND :seq <= (SELECT q.last_seq FROM conversation_seq q WHERE q.conversation_id = :id)";
    private static final RowMapper<AudienceRow> AUDIENCE = RecordMapper.of(AudienceRow.class);
    private static final RowMapper<VisitorMarks> VISITOR_MARKS = RecordMapper.of(VisitorMarks.class);

    /** Creates the visitor's mark of a new conversation, in the transaction that inserts it. */
    void created(Handle handle, long conversationId) {
        handle.createUpdate("INSERT INTO conversation_visitor_receipt (conversation_id, delivered_seq) VALUES (:id, 0)")
                .bind("id", conversationId).execute();
    }

    /**
     * Moves the visitor's mark ({@code agentId} null) or an agent's mark forward, never back
     * (receipts can arrive out of order, and again after a reconnect); answers whether it moved.
     */
    boolean markDelivered(Handle handle, long conversationId, Long agentId, long seq) {
        if (agentId == null) {
            return handle.createUpdate("UPDATE conversation_visitor_receipt SET delivered_seq = :seq"
                            + " WHERE conversation_id = :id AND delivered_seq < :seq" + STORED)
                    .bind("seq", seq).bind("id", conversationId).execute() > 0;
        }
        return handle.createUpdate("UPDATE conversation_participant SET delivered_seq = :seq"
                        + " WHERE conversation_id = :id AND agent_id = :agent AND delivered_seq < :seq" + STORED)
                .bind("seq", seq).bind("id", conversationId).bind("agent", agentId).execute() > 0;
    }

    /** Moves the visitor's read mark ({@code agentId} null) or an agent's forward, never back; answers whether it moved. */
    boolean markRead(Handle handle, long conversationId, Long agentId, long seq) {
        if (agentId == null) {
            return handle.createUpdate("UPDATE conversation_visitor_receipt SET read_seq = :seq"
                            + " WHERE conversation_id = :id AND read_seq < :seq" + STORED)
                    .bind("seq", seq).bind("id", conversationId).execute() > 0;
        }
        return handle.createUpdate("UPDATE conversation_participant SET read_seq = :seq"
                        + " WHERE conversation_id = :id AND agent_id = :agent AND read_seq < :seq" + STORED)
                .bind("seq", seq).bind("id", conversationId).bind("agent", agentId).execute() > 0;
    }

    /** Who a receipt concerns: the chat's visitor and the agents taking part now, with their display names. */
    record Audience(String visitorId, Map<Long, String> agents) {
    }

    /** The conversation's visitor with one agent taking part (none: null). */
    public record AudienceRow(String visitorId, Long agentId, String displayName) {
    }

    /** The visitor and the agents of a conversation, in one query; empty when there is no such conversation. */
    Optional<Audience> audience(Handle handle, long conversationId) {
        List<AudienceRow> rows = handle.createQuery("SELECT c.visitor_id, p.agent_id, a.display_name FROM conversation c"
                        + " LEFT JOIN conversation_participant p ON p.conversation_id = c.id AND p.left_at IS NULL"
                        + " LEFT JOIN agent a ON a.id = p.agent_id WHERE c.id = :c")
                .bind("c", conversationId)
                .map(AUDIENCE)
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> agents = new HashMap<>();
        rows.stream().filter(row -> row.agentId() != null).forEach(row -> agents.put(row.agentId(), row.displayName()));
        return Optional.of(new Audience(rows.get(0).visitorId(), Map.copyOf(agents)));
    }

    /** How far the agents' workstations hold the conversation: the furthest of them, with their display name. */
    Optional<Map.Entry<String, Long>> agentsDelivered(Handle handle, long conversationId) {
        return handle.createQuery("SELECT a.display_name, p.delivered_seq FROM conversation_participant p JOIN agent a ON a.id = p.agent_id"
                        + " WHERE p.conversation_id = :c AND p.delivered_seq > 0 ORDER BY p.delivered_seq DESC LIMIT 1")
                .bind("c", conversationId).setMapKeyColumn("display_name").setMapValueColumn("delivered_seq")
                .mapTo(ConversationRows.NAME_AND_SEQ).findOne();
    }

    /** The visitor's marks: how far their pages hold the conversation and how far they read it (0 for none). */
    VisitorMarks visitorMarks(Handle handle, long conversationId) {
        return handle.createQuery("SELECT delivered_seq, read_seq FROM conversation_visitor_receipt WHERE conversation_id = :c")
                .bind("c", conversationId).map(VISITOR_MARKS)
                .findOne().orElse(new VisitorMarks(0, 0));
    }

    public record VisitorMarks(@ColumnName("delivered_seq") long delivered, @ColumnName("read_seq") long read) {
    }
}
