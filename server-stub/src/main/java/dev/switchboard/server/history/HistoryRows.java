package dev.switchboard.server.history;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import dev.switchboard.shared.history.HistoryEntry;
import dev.switchboard.shared.wrapup.WrapUp;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.core.mapper.PropagateNull;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.json.Json;

/** How the history reads its rows (records mapped by Jdbi, ADR 0012); public only for Jdbi. */
final class HistoryRows {

    static final String CHAT_COLUMNS = "c.id AS conversation_id, c.visitor_id, c.prechat, c.site, c.status, c.group_id, g.name AS group_name,"
            + " c.owner_id AS agent_id, a.display_name AS agent_name, c.created_at, c.ended_at, c.rating, c.rating_comment";
    static final String CHAT_FROM = " FROM conversation c LEFT JOIN agent_group g ON g.id = c.group_id LEFT JOIN agent a ON a.id = c.owner_id";
    static final String MESSAGE_COLUMNS = "m.conversation_id, m.seq, m.client_id, m.sender_type, m.sender_agent_id, sa.display_name AS sender_name,"
            + " m.kind, m.body, m.created_at, f.id AS file_id, f.file_name, f.media_type, f.size_bytes, f.width, f.height, f.has_thumbnail,"
            + " m.event_json";
    static final String MESSAGE_FROM = " FROM message m LEFT JOIN agent sa ON sa.id = m.sender_agent_id LEFT JOIN attachment f ON f.id = m.attachment_id";

    /** A chat's columns for the history list; the visitor's name is in the pre-chat answers. */
    public record ChatRow(long conversationId, String visitorId, @Json Map<String, String> prechat, String site, ConversationStatus status,
                          Long groupId, String groupName, Long agentId, String agentName, Instant createdAt, Instant endedAt, Integer rating,
                          String ratingComment) {

        HistoryEntry toEntry(WrapUp wrapUp, String snippet) {
            String name = prechat == null ? null : prechat.get("name");
            return new HistoryEntry(conversationId, visitorId, name == null || name.isBlank() ? null : name, site, status, groupId, groupName,
                    agentId, agentName, createdAt, endedAt, rating, ratingComment, wrapUp, snippet);
        }
    }

    public record FileColumns(@PropagateNull @ColumnName("file_id") String id, String fileName, String mediaType,
                              @ColumnName("size_bytes") long size, Integer width, Integer height,
                              @ColumnName("has_thumbnail") boolean thumbnail) {
    }

    public record MessageRow(long conversationId, long seq, String clientId, SenderType senderType, Long senderAgentId, String senderName,
                             MessageKind kind, String body, Instant createdAt, @Nested FileColumns file,
                             @Json @ColumnName("event_json") ChatEvent event) {

        ChatMessage toMessage() {
            Attachment attachment = file == null ? null
                    : new Attachment(file.id(), file.fileName(), file.mediaType(), file.size(), file.width(), file.height(), file.thumbnail());
            return new ChatMessage(conversationId, seq, clientId, senderType, senderAgentId, senderName, kind, body, createdAt, attachment, event);
        }
    }

    /** A message's text, for indexing and for the line shown under a search result. */
    public record Body(long conversationId, String body) {
    }

    static final RowMapper<ChatRow> CHATS = RecordMapper.of(ChatRow.class);
    static final RowMapper<MessageRow> MESSAGES = RecordMapper.of(MessageRow.class);
    static final RowMapper<Body> BODIES = RecordMapper.of(Body.class);

    private HistoryRows() {
    }
}
