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
 * Conversations between colleagues and who is in them. A one-to-one conversation and an ad-hoc
 * group list their members in {@code team_member} (with the seq each one joined after); a group's
 * conversation has the group's members of the moment, read from {@code agent_group_member}, so it
 * follows every change of the group without a copy.
 */
final class TeamConversationStore {

    private static final RowMapper<ConversationRow> CONVERSATIONS = RecordMapper.of(ConversationRow.class);
    private static final RowMapper<MemberRow> MEMBERS = RecordMapper.of(MemberRow.class);
    private static final GenericType<Map<Long, Long>> READ_BY_CONVERSATION = new GenericType<>() { };
    /** Whether an agent is in a conversation, either way of being in one. */
    private static final String IS_MEMBER = """
            (EXISTS (SELECT 1 FROM team_member m WHERE m.conversation_id = t.id AND m.agent_id = :agent)
             OR EXISTS (SELECT 1 FROM agent_group_member g WHERE g.group_id = t.group_id AND g.agent_id = :agent))""";

    /**
     * A conversation's row as one agent sees it: {@code title} is its group's name or the name an
     * ad-hoc group was given; {@code joinedSeq} the seq after which that agent reads it.
     */
    public record ConversationRow(long id, TeamConversationKind kind, Long groupId, String title, long lastSeq, Instant lastMessageAt,
                                  Long ownerId, long joinedSeq) {
    }

    /** One member of one conversation. */
    public record MemberRow(long conversationId, long agentId) {
    }

    /** Binds {@code :agent}, whose joined seq the row carries (0 for one who is not in {@code team_member}). */
    private static final String SELECT = """
            SELECT t.id, t.kind, t.group_id, COALESCE(g.name, t.title) AS title, t.last_seq, t.last_message_at, t.owner_id,
                   COALESCE((SELECT j.joined_seq FROM team_member j WHERE j.conversation_id = t.id AND j.agent_id = :agent), 0) AS joined_seq
            FROM team_conversation t LEFT JOIN agent_group g ON g.id = t.group_id""";

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

    /** The conversation as {@code agentId} sees it. */
    Optional<ConversationRow> find(Handle handle, long id, long agentId) {
        return handle.createQuery(SELECT + " WHERE t.id = :id").bind("id", id).bind("agent", agentId).map(CONVERSATIONS).findOne();
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
            addMember(handle, id, agent, 0);
        }
        return id;
    }

    /** Makes an ad-hoc group owned by its creator, without members yet. */
    long insertAdHoc(Handle handle, String title, long ownerId, Instant now) {
        return handle.createUpdate("""
                        INSERT INTO team_conversation (kind, title, owner_id, last_seq, created_at) VALUES ('AD_HOC', :title, :owner, 0, :now)""")
                .bind("title", title).bind("owner", ownerId).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Puts an agent into a conversation; they read the messages after {@code joinedSeq}. */
    void addMember(Handle handle, long conversationId, long agentId, long joinedSeq) {
        handle.createUpdate("INSERT INTO team_member (conversation_id, agent_id, joined_seq) VALUES (:c, :a, :joined)")
                .bind("c", conversationId).bind("a", agentId).bind("joined", joinedSeq).execute();
    }

    void removeMember(Handle handle, long conversationId, long agentId) {
        handle.createUpdate("DELETE FROM team_member WHERE conversation_id = :c AND agent_id = :a")
                .bind("c", conversationId).bind("a", agentId).execute();
    }

    void rename(Handle handle, long conversationId, String title) {
        handle.createUpdate("UPDATE team_conversation SET title = :title WHERE id = :c").bind("title", title).bind("c", conversationId).execute();
    }

    /** Hands an ad-hoc group to the member who has been in it longest, or to nobody once it is empty. */
    void passOwnership(Handle handle, long conversationId) {
        Optional<Long> longest = handle.createQuery("""
                        SELECT m.agent_id FROM team_member m JOIN agent a ON a.id = m.agent_id
                        WHERE m.conversation_id = :c AND a.enabled ORDER BY m.joined_seq, m.agent_id LIMIT 1""")
                .bind("c", conversationId).mapTo(Long.class).findOne();
        handle.createUpdate("UPDATE team_conversation SET owner_id = :owner WHERE id = :c")
                .bind("owner", longest.orElse(null)).bind("c", conversationId).execute();
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
            // what lies before the agent joined is not theirs to read, so it is not unread either
            long read = Math.max(readMarks.getOrDefault(row.id(), 0L), row.joinedSeq());
            conversations.add(new TeamConversation(row.id(), row.kind(), row.groupId(), row.title(),
                    List.copyOf(members.getOrDefault(row.id(), Set.of())), row.lastSeq(), read, row.lastMessageAt(), row.ownerId(),
                    row.joinedSeq()));
        }
        return conversations;
    }

    private static String directKey(long oneAgent, long otherAgent) {
        return Math.min(oneAgent, otherAgent) + ":" + Math.max(oneAgent, otherAgent);
    }
}
