package dev.switchboard.server.chat;

import dev.switchboard.server.distribution.StoredRouting;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.generic.GenericType;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.core.mapper.PropagateNull;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.json.Json;

/**
 * How {@link ConversationStore} and {@link ReceiptStore} read their rows: records Jdbi maps by
 * column name, each turned into the protocol's record by one method. Public only because Jdbi
 * builds them through a method handle of its own; this class keeps them inside the package.
 */
final class ConversationRows {

    /**
     * The conversation columns as read: the pre-chat answers are JSON, the routing reasons are
     * in {@link StoredRouting}'s compact form (null where they are not read).
     */
    public record ConversationRow(long id, String visitorId, String site, ConversationStatus status, Long groupId, Long ownerId,
                                  @Json Map<String, String> prechat, long lastSeq, Instant createdAt, Instant assignedAt,
                                  Instant endedAt, Integer rating, String ratingComment, String routing) {

        Conversation toConversation() {
            return new Conversation(id, visitorId, site, status, groupId, ownerId, prechat, lastSeq, createdAt, assignedAt, endedAt, rating,
                    ratingComment, StoredRouting.read(routing));
        }
    }

    /** A message's attached file, from the LEFT JOIN: none (null) when the message has no file. */
    public record FileColumns(@PropagateNull @ColumnName("file_id") String id, String fileName, String mediaType,
                              @ColumnName("size_bytes") long size, Integer width, Integer height,
                              @ColumnName("has_thumbnail") boolean thumbnail) {

        Attachment toAttachment() {
            return new Attachment(id, fileName, mediaType, size, width, height, thumbnail);
        }
    }

    /** A message with its sender's display name, its file and the meaning of an event line (JSON). */
    public record MessageRow(long conversationId, long seq, String clientId, SenderType senderType, Long senderAgentId,
                             @ColumnName("display_name") String senderName, MessageKind kind, String body, Instant createdAt,
                             @Nested FileColumns file, @Json @ColumnName("event_json") ChatEvent event) {

        ChatMessage toMessage() {
            return new ChatMessage(conversationId, seq, clientId, senderType, senderAgentId, senderName, kind, body, createdAt,
                    file == null ? null : file.toAttachment(), event);
        }
    }

    /** An agent's display name and how far they got: read from the columns named as the query's key and value columns. */
    static final GenericType<Map.Entry<String, Long>> NAME_AND_SEQ = new GenericType<>() { };
    static final RowMapper<ConversationRow> CONVERSATIONS = RecordMapper.of(ConversationRow.class);
    static final RowMapper<MessageRow> MESSAGES = RecordMapper.of(MessageRow.class);

    private ConversationRows() {
    }
}
