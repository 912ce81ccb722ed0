package dev.switchboard.app.chat;

import dev.switchboard.app.cache.AccountCache;
import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Handle;

/**
 * Chats in the local cache: conversations with the agent's marks, their messages, drafts and the
 * outbox. Entities are stored as the protocol's JSON, so new fields need no migration.
 */
public final class ChatStore implements AccountCache {

    /** The classpath folder of the migrations of the chat tables (and the canned replies'). */
    public static final String MIGRATIONS = "db/chat";

    private final CacheDatabase db;

    public ChatStore(CacheDatabase db) {
        this.db = db;
    }

    /** A chat as cached, with its messages in order. */
    public record CachedChat(ChatRow row, List<ChatMessage> messages) {
    }

    /** Everything cached: chats whose tabs show, and the outbox in sending order. */
    public record Cached(List<CachedChat> chats, List<OutgoingMessage> outbox) {
    }

    /** One batch of changes, written in one transaction so marks never run ahead of the messages. */
    public record Writes(Collection<ChatRow> rows, List<ChatMessage> messages, List<String> deliveredOutbox,
                         List<OutgoingMessage> failedOutbox) {

        public boolean isEmpty() {
            return rows.isEmpty() && messages.isEmpty() && deliveredOutbox.isEmpty() && failedOutbox.isEmpty();
        }
    }

    /** Loads what the tabs show, after forgetting chats closed before {@code pruneBefore}. */
    public CompletableFuture<Cached> load(Instant pruneBefore) {
        return db.transaction(handle -> {
            prune(handle, pruneBefore);
            Map<Long, List<ChatMessage>> messages = new HashMap<>();
            handle.createQuery("""
                            SELECT m.data FROM chat_message m JOIN chat_conversation c ON c.id = m.conversation_id
                            WHERE c.dismissed_at IS NULL ORDER BY m.conversation_id, m.seq""")
                    .mapTo(String.class).map(json -> ProtocolJson.read(json, ChatMessage.class))
                    .forEach(message -> messages.computeIfAbsent(message.conversationId(), id -> new ArrayList<>()).add(message));
            List<CachedChat> chats = handle.createQuery("SELECT * FROM chat_conversation WHERE dismissed_at IS NULL ORDER BY opened_order")
                    .map((rs, ctx) -> row(rs)).list().stream()
                    .map(row -> new CachedChat(row, messages.getOrDefault(row.conversation().id(), List.of())))
                    .toList();
            List<OutgoingMessage> outbox = handle.createQuery("SELECT * FROM chat_outbox ORDER BY position")
                    .map((rs, ctx) -> outgoing(rs)).list();
            return new Cached(chats, outbox);
        });
    }

    /** Puts a message the agent sent into the outbox; it is sent only after this completes. */
    public CompletableFuture<Void> addOutgoing(OutgoingMessage message) {
        return db.transaction(handle -> {
            long position = handle.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM chat_outbox").mapTo(Long.class).one();
            handle.createUpdate("""
                            INSERT INTO chat_outbox (client_id, position, conversation_id, text, note, attachment, created_at, failure)
                            VALUES (:client, :position, :conversation, :text, :note, :attachment, :created, NULL)""")
                    .bind("client", message.clientId()).bind("position", position).bind("conversation", message.conversationId())
                    .bind("text", message.text()).bind("note", message.note())
                    .bind("attachment", message.attachment() == null ? null : ProtocolJson.write(message.attachment()))
                    .bind("created", utc(message.createdAt())).execute();
            return null;
        });
    }

    /** Removes an outbox entry the agent gave up on (a refused message they copied or discarded). */
    public CompletableFuture<Void> discardOutgoing(String clientId) {
        return db.transaction(handle -> {
            handle.createUpdate("DELETE FROM chat_outbox WHERE client_id = :client").bind("client", clientId).execute();
            return null;
        });
    }

    public CompletableFuture<Void> write(Writes writes) {
        return db.transaction(handle -> {
            for (ChatRow row : writes.rows()) {
                handle.createUpdate("""
                                MERGE INTO chat_conversation (id, data, phase, ended_by, applied_seq, read_seq, visitor_read_seq,
                                    visitor_delivered_seq, draft, dismissed_at, opened_order)
                                KEY (id) VALUES (:id, :data, :phase, :endedBy, :applied, :read, :visitorRead, :visitorDelivered, :draft,
                                    :dismissed, :order)""")
                        .bind("id", row.conversation().id()).bind("data", ProtocolJson.write(row.conversation()))
                        .bind("phase", row.phase().name()).bind("endedBy", row.endedBy()).bind("applied", row.appliedSeq())
                        .bind("read", row.readSeq()).bind("visitorRead", row.visitorReadSeq())
                        .bind("visitorDelivered", row.visitorDeliveredSeq()).bind("draft", row.draft())
                        .bind("dismissed", row.dismissedAt() == null ? null : utc(row.dismissedAt()))
                        .bind("order", row.openedOrder()).execute();
            }
            for (ChatMessage message : writes.messages()) {
                handle.createUpdate("MERGE INTO chat_message (conversation_id, seq, data) KEY (conversation_id, seq) VALUES (:c, :seq, :data)")
                        .bind("c", message.conversationId()).bind("seq", message.seq()).bind("data", ProtocolJson.write(message)).execute();
            }
            for (String clientId : writes.deliveredOutbox()) {
                handle.createUpdate("DELETE FROM chat_outbox WHERE client_id = :client").bind("client", clientId).execute();
            }
            for (OutgoingMessage failed : writes.failedOutbox()) {
                handle.createUpdate("UPDATE chat_outbox SET failure = :failure WHERE client_id = :client")
                        .bind("failure", failed.failure()).bind("client", failed.clientId()).execute();
            }
            return null;
        });
    }

    /** Forgets the chats of the account that used this cache before (the outbox too: it was theirs to send). */
    @Override
    public CompletableFuture<Void> clear() {
        return db.transaction(handle -> {
            handle.execute("DELETE FROM chat_message");
            handle.execute("DELETE FROM chat_conversation");
            handle.execute("DELETE FROM chat_outbox");
            return null;
        });
    }

    private static void prune(Handle handle, Instant before) {
        handle.createUpdate("DELETE FROM chat_message WHERE conversation_id IN "
                + "(SELECT id FROM chat_conversation WHERE dismissed_at < :before)").bind("before", utc(before)).execute();
        handle.createUpdate("DELETE FROM chat_conversation WHERE dismissed_at < :before").bind("before", utc(before)).execute();
    }

    private static ChatRow row(ResultSet rs) throws SQLException {
        return new ChatRow(ProtocolJson.read(rs.getString("data"), Conversation.class), ChatPhase.valueOf(rs.getString("phase")),
                rs.getString("ended_by"), rs.getLong("applied_seq"), rs.getLong("read_seq"), rs.getLong("visitor_read_seq"),
                rs.getLong("visitor_delivered_seq"), rs.getString("draft"), instant(rs, "dismissed_at"), rs.getLong("opened_order"));
    }

    private static OutgoingMessage outgoing(ResultSet rs) throws SQLException {
        String attachment = rs.getString("attachment");
        return new OutgoingMessage(rs.getString("client_id"), rs.getLong("conversation_id"), rs.getString("text"),
                rs.getBoolean("note"), attachment == null ? null : ProtocolJson.read(attachment, Attachment.class),
                instant(rs, "created_at"), 0, rs.getString("failure"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
