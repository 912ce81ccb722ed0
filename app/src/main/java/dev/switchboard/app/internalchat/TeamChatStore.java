package dev.switchboard.app.internalchat;

import dev.switchboard.app.cache.AccountCache;
import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamMessage;
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

/**
 * The internal chat in the local cache: conversations with how far they are complete and read,
 * their newest messages, and the outbox. Entities are the protocol's JSON, so new fields need no
 * migration.
 */
public final class TeamChatStore implements AccountCache {

    /** The classpath folder of the internal chat's cache tables. */
    public static final String MIGRATIONS = "db/teamchat";
    /** Messages kept per conversation; older ones are paged in from the server when asked for. */
    static final int KEPT_MESSAGES = 300;

    private final CacheDatabase db;

    public TeamChatStore(CacheDatabase db) {
        this.db = db;
    }

    /** A conversation's row: where its complete run of messages starts and ends, and the agent's read mark. */
    record ThreadRow(TeamConversation conversation, long firstSeq, long appliedSeq, long readSeq) {
    }

    /** A cached conversation with its messages in order. */
    record CachedThread(ThreadRow row, List<TeamMessage> messages) {
    }

    /** Everything cached: the conversations, and the outbox in sending order. */
    record Cached(List<CachedThread> threads, List<TeamOutgoing> outbox) {
    }

    /** One batch of changes, in one transaction so that a row never runs ahead of its messages. */
    record Writes(Collection<ThreadRow> rows, List<TeamMessage> messages, Collection<Long> removed) {
    }

    /** Loads what the page shows, after forgetting all but the newest messages of each conversation. */
    CompletableFuture<Cached> load() {
        return db.transaction(handle -> {
            handle.createUpdate("""
                            DELETE FROM team_chat_message m WHERE m.seq <= (SELECT t.applied_seq FROM team_chat_thread t
                            WHERE t.id = m.conversation_id) - :kept""").bind("kept", KEPT_MESSAGES).execute();
            handle.createUpdate("UPDATE team_chat_thread SET first_seq = applied_seq - :kept + 1 WHERE first_seq <= applied_seq - :kept")
                    .bind("kept", KEPT_MESSAGES).execute();
            Map<Long, List<TeamMessage>> messages = new HashMap<>();
            handle.createQuery("SELECT data FROM team_chat_message ORDER BY conversation_id, seq").mapTo(String.class)
                    .map(json -> ProtocolJson.read(json, TeamMessage.class))
                    .forEach(message -> messages.computeIfAbsent(message.conversationId(), id -> new ArrayList<>()).add(message));
            List<CachedThread> threads = handle.createQuery("SELECT * FROM team_chat_thread ORDER BY id").map((rs, ctx) -> row(rs)).list()
                    .stream().map(row -> new CachedThread(row, messages.getOrDefault(row.conversation().id(), List.of()))).toList();
            List<TeamOutgoing> outbox = handle.createQuery("SELECT * FROM team_chat_outbox ORDER BY position").map((rs, ctx) -> outgoing(rs)).list();
            return new Cached(threads, outbox);
        });
    }

    /** Puts what the agent wrote into the outbox; it is sent only once this completes, so nothing typed is lost. */
    CompletableFuture<Void> addOutgoing(TeamOutgoing message) {
        return db.transaction(handle -> {
            long position = handle.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM team_chat_outbox").mapTo(Long.class).one();
            handle.createUpdate("""
                            INSERT INTO team_chat_outbox (client_id, position, conversation_id, text, shared_chat_id, shared_label, created_at, failure)
                            VALUES (:client, :position, :conversation, :text, :shared, :label, :created, NULL)""")
                    .bind("client", message.clientId()).bind("position", position).bind("conversation", message.conversationId())
                    .bind("text", message.text()).bind("shared", message.sharedChatId()).bind("label", message.sharedLabel())
                    .bind("created", utc(message.createdAt())).execute();
            return null;
        });
    }

    /** The server stored the message, or the agent gave up on a refused one. */
    CompletableFuture<Void> removeOutgoing(String clientId) {
        return db.transaction(handle -> {
            handle.createUpdate("DELETE FROM team_chat_outbox WHERE client_id = :client").bind("client", clientId).execute();
            return null;
        });
    }

    CompletableFuture<Void> failOutgoing(String clientId, String reason) {
        return db.transaction(handle -> {
            handle.createUpdate("UPDATE team_chat_outbox SET failure = :failure WHERE client_id = :client")
                    .bind("failure", reason).bind("client", clientId).execute();
            return null;
        });
    }

    CompletableFuture<Void> write(Writes writes) {
        return db.transaction(handle -> {
            for (long id : writes.removed()) {
                handle.createUpdate("DELETE FROM team_chat_message WHERE conversation_id = :id").bind("id", id).execute();
                handle.createUpdate("DELETE FROM team_chat_thread WHERE id = :id").bind("id", id).execute();
                handle.createUpdate("DELETE FROM team_chat_outbox WHERE conversation_id = :id").bind("id", id).execute();
            }
            for (ThreadRow row : writes.rows()) {
                handle.createUpdate("""
                                MERGE INTO team_chat_thread (id, data, first_seq, applied_seq, read_seq)
                                KEY (id) VALUES (:id, :data, :first, :applied, :read)""")
                        .bind("id", row.conversation().id()).bind("data", ProtocolJson.write(row.conversation()))
                        .bind("first", row.firstSeq()).bind("applied", row.appliedSeq()).bind("read", row.readSeq()).execute();
            }
            for (TeamMessage message : writes.messages()) {
                handle.createUpdate("MERGE INTO team_chat_message (conversation_id, seq, data) KEY (conversation_id, seq) VALUES (:c, :seq, :data)")
                        .bind("c", message.conversationId()).bind("seq", message.seq()).bind("data", ProtocolJson.write(message)).execute();
            }
            return null;
        });
    }

    /** Forgets the conversations of the account that used this cache before, and its outbox. */
    @Override
    public CompletableFuture<Void> clear() {
        return db.transaction(handle -> {
            handle.execute("DELETE FROM team_chat_message");
            handle.execute("DELETE FROM team_chat_thread");
            handle.execute("DELETE FROM team_chat_outbox");
            return null;
        });
    }

    private static ThreadRow row(ResultSet rs) throws SQLException {
        return new ThreadRow(ProtocolJson.read(rs.getString("data"), TeamConversation.class), rs.getLong("first_seq"),
                rs.getLong("applied_seq"), rs.getLong("read_seq"));
    }

    private static TeamOutgoing outgoing(ResultSet rs) throws SQLException {
        long shared = rs.getLong("shared_chat_id");
        Long sharedChatId = rs.wasNull() ? null : shared;
        return new TeamOutgoing(rs.getString("client_id"), rs.getLong("conversation_id"), rs.getString("text"), sharedChatId,
                rs.getString("shared_label"), rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("failure"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
