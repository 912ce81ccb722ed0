package dev.switchboard.server.internalchat;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamConversationKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.generic.GenericType;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Conversations between colleagues and who is in them. A one-to-one conversation lists its two
 * members in {@code team_member}; a group's conversation has the group's members of the moment,
 * read from {@code agent_group_member}, so it follows every change of the group without a copy.
 */
final class TeamConversationStore {

    private static final RowMapper<ConversationRow> CONVERSATIONS = RecordMapper.of(ConversationRow.class);
    private static final RowMapper<MemberRow> MEMBERS = RecordMapper.of(MemberRow.class);
    private static final GenericType<Map<Long, Long>> READ_BY_CONVERSATION = new GenericType<>() { };
    /** Whether an agent is in a conversation, either way of being in one. */
    private static final String IS_MEMBER = """
            (EXISTS (SELECT 1 FROM team_member m WHERE m.conversation_id = t.id AND m.agent_id = :agent)
             OR EXISTS (SELECT 1 FROM agent_group_member g WHERE g.group_id = t.group_id AND g.agent_id = :agent))""";

    /** A conversation's row; {@code title} is its group's name. */
    public record ConversationRow(long id, TeamConversationKind kind, Long groupId, String title, long lastSeq, Instant lastMessageAt) {
    }

    /** One member of one conversation. */
    public record MemberRow(long conversationId, long agentId) {
    }

    private static final String SELECT = "SELECT t.id, t.kind, t.group_id, g.name AS title, t.last_seq, t.last_message_at"
            + " FROM team_conversation t LEFT JOIN agent_group g ON g.id = t.group_id";

    /**
     * Gives every group that has none its conversation. When another transaction makes one of them
     * at the same moment, the unique group id refuses ours and the statement fails: run it again.
     */
    void ensureGroupConversations(Handle handle, Instant now) {
        handle.createUpdate("""
                        INSERT INTO team_conversation (kind, group_id, last_seq, created_at)
                        SELECT 'GROUP', g.id, 0, :now FROM agent_group g
                        WHERE NOT EXISTS (SELECT 1 FROM team_conversation t WHERE t.group_id = g.id)""")
                .bind("now", now).execute();
    }

    Optional<ConversationRow> find(Handle handle, long id) {
        return handle.createQuery(SELECT + " WHERE t.id = :id").bind("id", id).map(CONVERSATIONS).findOne();
    }

    Optional<Long> directBetween(Handle handle, long oneAgent, long otherAgent) {
        return handle.createQuery("SELECT id FROM team_conversation WHERE direct_key = :key")
                .bind("key", directKey(oneAgent, otherAgent)).mapTo(Long.class).findOne();
    }

    /** Makes the one-to-one conversation of two agents; the unique key refuses a second one for the same pair. */
    long insertDirect(Handle handle, long oneAgent, long otherAgent, Instant now) {
        long id = handle.createUpdate("INSERT INTO team_conversation (kind, direct_key, last_seq, created_at) VALUES ('DIRECT', :key, 0, :now)")
                .bind("key", directKey(oneAgent, otherAgent)).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (long agent : new TreeSet<>(List.of(oneAgent, otherAgent))) {
            handle.createUpdate("INSERT INTO team_member (conversation_id, agent_id) VALUES (:c, :a)").bind("c", id).bind("a", agent).execute();
        }
        return id;
    }

    boolean isMember(Handle handle, long conversationId, long agentId) {
        return handle.createQuery("SELECT COUNT(*) FROM team_conversation t WHERE t.id = :id AND " + IS_MEMBER)
                .bind("id", conversationId).bind("agent", agentId).mapTo(Long.class).one() > 0;
    }

    /** The conversations {@code agentId} is in, the most recently active first. */
    List<ConversationRow> of(Handle handle, long agentId) {
        return handle.createQuery(SELECT + " WHERE " + IS_MEMBER + " ORDER BY COALESCE(t.last_message_at, t.created_at) DESC, t.id DESC")
                .bind("agent", agentId).map(CONVERSATIONS).list();
    }

    /** The members of each conversation, by conversation, ascending; only enabled accounts. */
    Map<Long, Set<Long>> members(Handle handle, Collection<Long> conversationIds) {
        Map<Long, Set<Long>> members = new HashMap<>();
        if (conversationIds.isEmpty()) {
            return members;
        }
        handle.createQuery("""
                        SELECT m.conversation_id, m.agent_id FROM team_member m JOIN agent a ON a.id = m.agent_id
                        WHERE m.conversation_id IN (<ids>) AND a.enabled
                        UNION
                        SELECT t.id AS conversation_id, g.agent_id FROM team_conversation t
                        JOIN agent_group_member g ON g.group_id = t.group_id JOIN agent a ON a.id = g.agent_id
                        WHERE t.id IN (<ids>) AND a.enabled""")
                .bindList("ids", List.copyOf(conversationIds)).map(MEMBERS)
                .forEach(row -> members.computeIfAbsent(row.conversationId(), id -> new TreeSet<>()).add(row.agentId()));
        return members;
    }

    Set<Long> members(Handle handle, long conversationId) {
        return members(handle, List.of(conversationId)).getOrDefault(conversationId, Set.of());
    }

    /** How far {@code agentId} read each of the conversations (absent: nothing yet). */
    Map<Long, Long> readMarks(Handle handle, long agentId) {
        return handle.createQuery("SELECT conversation_id, read_seq FROM team_read WHERE agent_id = :agent").bind("agent", agentId)
                .setMapKeyColumn("conversation_id").setMapValueColumn("read_seq").collectInto(READ_BY_CONVERSATION);
    }

    /**
     * Moves the agent's read mark forward, never back, and never past the last message; answers
     * whether it moved. The mark's row is made by the first read; {@code false} from a row made by
     * a concurrent first read is moved by the caller's retry.
     */
    boolean markRead(Handle handle, long conversationId, long agentId, long seq) {
        int moved = handle.createUpdate("""
                        UPDATE team_read SET read_seq = :seq WHERE conversation_id = :c AND agent_id = :a AND read_seq < :seq
                        AND :seq <= (SELECT last_seq FROM team_conversation WHERE id = :c)""")
                .bind("seq", seq).bind("c", conversationId).bind("a", agentId).execute();
        if (moved > 0) {
            return true;
        }
        return handle.createUpdate("""
                        INSERT INTO team_read (conversation_id, agent_id, read_seq)
                        SELECT id, :a, :seq FROM team_conversation WHERE id = :c AND :seq <= last_seq AND :seq > 0
                        AND NOT EXISTS (SELECT 1 FROM team_read WHERE conversation_id = :c AND agent_id = :a)""")
                .bind("seq", seq).bind("c", conversationId).bind("a", agentId).execute() > 0;
    }

    /** The rows as {@code agentId} sees them: with the members and the agent's read mark. */
    static List<TeamConversation> describe(List<ConversationRow> rows, Map<Long, Set<Long>> members, Map<Long, Long> readMarks) {
        List<TeamConversation> conversations = new ArrayList<>(rows.size());
        for (ConversationRow row : rows) {
            conversations.add(new TeamConversation(row.id(), row.kind(), row.groupId(), row.title(),
                    List.copyOf(members.getOrDefault(row.id(), Set.of())), row.lastSeq(), readMarks.getOrDefault(row.id(), 0L),
                    row.lastMessageAt()));
        }
        return conversations;
    }

    private static String directKey(long oneAgent, long otherAgent) {
        return Math.min(oneAgent, otherAgent) + ":" + Math.max(oneAgent, otherAgent);
    }
}
