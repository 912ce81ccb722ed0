package dev.switchboard.server.automation;

import dev.switchboard.server.infra.RecordMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Where the sweep stands in each open chat ({@code chat_automation}, V26); every write is a compare-and-set, safe on several nodes. */
final class ChatAutomationStore {

    /** An open chat and the sweep's state in it. */
    public record OpenChat(long id, String visitorId, String site, String status, Long groupId, Instant createdAt, Instant assignedAt,
                           boolean leaveMessageOffered, long lastSeq, long checkedSeq, Instant visitorWaitingSince, Instant lastAgentAt,
                           Long lastAgentSeq, boolean welcomed, boolean outsideHoursTold, int reassurances, Instant reassuredAt,
                           Instant agentRemindedFor, Long idleRemindedSeq) {

        boolean queued() {
            return "QUEUED".equals(status);
        }

        boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    /** A message as the sweep reads it: who wrote what kind, when. */
    public record MessageRow(long seq, String senderType, String kind, Instant createdAt) {
    }

    private static final RowMapper<OpenChat> OPEN_CHATS = RecordMapper.of(OpenChat.class);
    private static final RowMapper<MessageRow> MESSAGES = RecordMapper.of(MessageRow.class);

    /** Gives chats that opened since the last sweep their state row; answers how many. */
    int addNewChats(Handle handle) {
        return handle.createUpdate("""
                INSERT INTO chat_automation (conversation_id, checked_seq, welcomed, outside_hours_told, reassurances)
                SELECT c.id, 0, FALSE, FALSE, 0 FROM conversation c
                WHERE c.status IN ('QUEUED', 'ACTIVE')
                  AND NOT EXISTS (SELECT 1 FROM chat_automation a WHERE a.conversation_id = c.id)""").execute();
    }

    List<OpenChat> openChats(Handle handle) {
        return handle.createQuery("""
                SELECT c.id, c.visitor_id, c.site, c.status, c.group_id, c.created_at, c.assigned_at, c.leave_message_offered,
                       s.last_seq, a.checked_seq, a.visitor_waiting_since, a.last_agent_at, a.last_agent_seq, a.welcomed,
                       a.outside_hours_told, a.reassurances, a.reassured_at, a.agent_reminded_for, a.idle_reminded_seq
                FROM conversation c
                JOIN conversation_seq s ON s.conversation_id = c.id
                JOIN chat_automation a ON a.conversation_id = c.id
                WHERE c.status IN ('QUEUED', 'ACTIVE')
                ORDER BY c.id""").map(OPEN_CHATS).list();
    }

    List<MessageRow> messagesAfter(Handle handle, long conversationId, long after) {
        return handle.createQuery("SELECT seq, sender_type, kind, created_at FROM message WHERE conversation_id = :c AND seq > :after ORDER BY seq")
                .bind("c", conversationId).bind("after", after).map(MESSAGES).list();
    }

    /** What the messages up to {@code checkedSeq} tell; nothing when another sweep got there first. */
    void caughtUp(Handle handle, OpenChat before, long checkedSeq, Instant waitingSince, Instant lastAgentAt, Long lastAgentSeq) {
        handle.createUpdate("""
                UPDATE chat_automation SET checked_seq = :seq, visitor_waiting_since = :waiting, last_agent_at = :agentAt, last_agent_seq = :agentSeq
                WHERE conversation_id = :c AND checked_seq = :before""")
                .bind("seq", checkedSeq).bind("waiting", waitingSince).bind("agentAt", lastAgentAt).bind("agentSeq", lastAgentSeq)
                .bind("c", before.id()).bind("before", before.checkedSeq()).execute();
    }

    /** Sets a flag column (welcomed, outside_hours_told) once; true for the sweep that set it. */
    boolean markOnce(Handle handle, long conversationId, String flag) {
        return handle.createUpdate("UPDATE chat_automation SET " + flag + " = TRUE WHERE conversation_id = :c AND NOT " + flag)
                .bind("c", conversationId).execute() > 0;
    }

    boolean reassured(Handle handle, long conversationId, int count, Instant at) {
        return handle.createUpdate("UPDATE chat_automation SET reassurances = :count, reassured_at = :at WHERE conversation_id = :c AND reassurances = :before")
                .bind("count", count).bind("at", at).bind("c", conversationId).bind("before", count - 1).execute() > 0;
    }

    /** The agents are reminded of the waiting stretch that began at {@code waitingSince}; true for the sweep that may remind them. */
    boolean agentsReminded(Handle handle, long conversationId, Instant waitingSince) {
        return handle.createUpdate("""
                UPDATE chat_automation SET agent_reminded_for = :since
                WHERE conversation_id = :c AND (agent_reminded_for IS NULL OR agent_reminded_for <> :since)""")
                .bind("since", waitingSince).bind("c", conversationId).execute() > 0;
    }

    boolean idleReminded(Handle handle, long conversationId, long agentSeq) {
        return handle.createUpdate("""
                UPDATE chat_automation SET idle_reminded_seq = :seq
                WHERE conversation_id = :c AND (idle_reminded_seq IS NULL OR idle_reminded_seq <> :seq)""")
                .bind("seq", agentSeq).bind("c", conversationId).execute() > 0;
    }

    /** Deletes the rows of up to {@code limit} chats that ended before {@code before}; answers how many. */
    int deleteEndedBefore(Handle handle, Instant before, int limit) {
        return handle.createUpdate("""
                        DELETE FROM chat_automation WHERE conversation_id IN (
                            SELECT a.conversation_id FROM chat_automation a JOIN conversation c ON c.id = a.conversation_id
                            WHERE c.status = 'ENDED' AND c.ended_at < :before
                            ORDER BY a.conversation_id LIMIT :limit)""")
                .bind("before", before).bind("limit", limit).execute();
    }

    /** The agents in the chat now. */
    List<Long> agents(Handle handle, long conversationId) {
        return handle.createQuery("SELECT agent_id FROM conversation_participant WHERE conversation_id = :c AND left_at IS NULL")
                .bind("c", conversationId).mapTo(Long.class).list();
    }

    /** The language of the visitor's latest visit (the widget's page language). */
    Optional<String> visitorLanguage(Handle handle, String visitorId) {
        return handle.createQuery("SELECT language FROM visit WHERE visitor_id = :v ORDER BY started_at DESC LIMIT 1").bind("v", visitorId)
                .mapTo(String.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }
}
