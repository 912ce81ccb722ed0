package dev.switchboard.server.internalchat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.teamchat.SharedChat;
import dev.switchboard.shared.teamchat.TeamEvent;
import dev.switchboard.shared.teamchat.TeamMessage;
import dev.switchboard.shared.teamchat.TeamMessageKind;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The messages of conversations between colleagues, numbered per conversation (ADR 4's rules, ADR 17). */
final class TeamMessageStore {

    private static final RowMapper<MessageRow> MESSAGES = RecordMapper.of(MessageRow.class);
    private static final String SELECT = """
            SELECT m.conversation_id, m.seq, m.client_id, m.sender_agent_id, a.display_name AS sender_name, m.kind, m.body,
                   m.shared_chat_id, m.shared_chat_label, m.created_at, m.event
            FROM team_message m JOIN agent a ON a.id = m.sender_agent_id""";

    /** A message's row; the shared chat's columns become a {@link SharedChat}, an event's JSON a {@link TeamEvent}. */
    public record MessageRow(long conversationId, long seq, String clientId, long senderAgentId, String senderName, TeamMessageKind kind,
                             String body, Long sharedChatId, String sharedChatLabel, Instant createdAt, String event) {

        TeamMessage toMessage() {
            return new TeamMessage(conversationId, seq, clientId, senderAgentId, senderName, kind, body,
                    sharedChatId == null ? null : new SharedChat(sharedChatId, sharedChatLabel), createdAt, readEvent(event));
        }
    }

    /**
     * A message as its sender posted it; {@code sharedChat} only for a {@link TeamMessageKind#CHAT_LINK},
     * {@code event} only for an {@link TeamMessageKind#EVENT}.
     */
    record Post(long conversationId, String clientId, long senderId, String body, SharedChat sharedChat, TeamEvent event, Instant at) {

        TeamMessageKind kind() {
            return event != null ? TeamMessageKind.EVENT : sharedChat != null ? TeamMessageKind.CHAT_LINK : TeamMessageKind.TEXT;
        }
    }

    /** What became of a post: stored now, or found stored earlier under the same client id. */
    record Stored(TeamMessage message, boolean isNew) {
    }

    private final TeamConversationStore conversations;

    TeamMessageStore(TeamConversationStore conversations) {
        this.conversations = conversations;
    }

    /**
     * Stores a post once: a client id the sender used before in this conversation answers the
     * message stored then. The conversation's row lock gives concurrent senders consecutive seqs,
     * and holds off a change of its members: a sender removed meanwhile is refused here.
     */
    Stored store(Handle handle, Post post) {
        Optional<TeamMessage> earlier = byClientId(handle, post.conversationId(), post.senderId(), post.clientId());
        if (earlier.isPresent()) {
            return new Stored(earlier.get(), false);
        }
        // stored to the microsecond: the message answered now is the one read back later
        Instant at = post.at().truncatedTo(ChronoUnit.MICROS);
        handle.createUpdate("UPDATE team_conversation SET last_seq = last_seq + 1, last_message_at = :at WHERE id = :c")
                .bind("at", at).bind("c", post.conversationId()).execute();
        if (!conversations.isMember(handle, post.conversationId(), post.senderId())) {
            throw new ApiException(ProblemType.FORBIDDEN, "you are not in this conversation");
        }
        long seq = handle.createQuery("SELECT last_seq FROM team_conversation WHERE id = :c").bind("c", post.conversationId())
                .mapTo(Long.class).one();
        SharedChat shared = post.sharedChat();
        handle.createUpdate("""
                        INSERT INTO team_message (conversation_id, seq, client_id, sender_agent_id, kind, body, shared_chat_id,
                            shared_chat_label, created_at, event)
                        VALUES (:c, :seq, :client, :sender, :kind, :body, :shared, :label, :at, :event)""")
                .bind("c", post.conversationId()).bind("seq", seq).bind("client", post.clientId()).bind("sender", post.senderId())
                .bind("kind", post.kind().name()).bind("body", post.body())
                .bind("shared", shared == null ? null : shared.conversationId())
                .bind("label", shared == null ? null : shared.visitorName()).bind("at", at)
                .bind("event", post.event() == null ? null : writeEvent(post.event())).execute();
        return new Stored(byClientId(handle, post.conversationId(), post.senderId(), post.clientId()).orElseThrow(), true);
    }

    Optional<TeamMessage> byClientId(Handle handle, long conversationId, long senderId, String clientId) {
        return handle.createQuery(SELECT + " WHERE m.conversation_id = :c AND m.sender_agent_id = :sender AND m.client_id = :client")
                .bind("c", conversationId).bind("sender", senderId).bind("client", clientId)
                .map(MESSAGES).findOne().map(MessageRow::toMessage);
    }

    /** Up to {@code limit} messages after {@code after}, oldest first. */
    List<TeamMessage> after(Handle handle, long conversationId, long after, int limit) {
        return handle.createQuery(SELECT + " WHERE m.conversation_id = :c AND m.seq > :after ORDER BY m.seq LIMIT :limit")
                .bind("c", conversationId).bind("after", after).bind("limit", limit)
                .map(MESSAGES).list().stream().map(MessageRow::toMessage).toList();
    }

    /** The newest {@code limit} messages before {@code before} and after {@code floor}, oldest first. */
    List<TeamMessage> before(Handle handle, long conversationId, long before, long floor, int limit) {
        List<TeamMessage> newestFirst = new ArrayList<>(handle.createQuery(
                        SELECT + " WHERE m.conversation_id = :c AND m.seq < :before AND m.seq > :floor ORDER BY m.seq DESC LIMIT :limit")
                .bind("c", conversationId).bind("before", before).bind("floor", floor).bind("limit", limit)
                .map(MESSAGES).list().stream().map(MessageRow::toMessage).toList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private static String writeEvent(TeamEvent event) {
        try {
            return Json.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TeamEvent readEvent(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.mapper().readValue(json, TeamEvent.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
