package dev.switchboard.server.chat;

import dev.switchboard.server.distribution.WorkClient;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The chat's part of handing queued chats to agents, in the transaction in which the distribution
 * engine makes the agents owners, many at a time and a few statements whatever their number: the
 * owner as participant and the "joined" line in the chat. Callers own the transaction.
 */
final class AssignmentStore {

    private static final RowMapper<Line> LINE = ConstructorMapper.of(Line.class);
    private static final RowMapper<Participant> PARTICIPANT = ConstructorMapper.of(Participant.class);

    /** An applied assignment: the conversation after it, who takes part now, and its "joined" line (null if it had one already). */
    record Assigned(WorkClient.Assignment assignment, Conversation conversation, Set<Long> participants, ChatMessage joined) {
    }

    /** A message line of a conversation; public because Jdbi's ConstructorMapper builds it (as the participant below). */
    public record Line(long conversationId, String clientId) {
    }

    public record Participant(long conversationId, long agentId) {
    }

    /** The owners join the chats the engine just gave them (still queued until then). */
    List<Assigned> assign(Handle handle, List<WorkClient.Assignment> applied) {
        List<Long> ids = applied.stream().map(WorkClient.Assignment::itemId).toList();
        Set<Line> linesBefore = new HashSet<>(handle.createQuery("SELECT conversation_id, client_id FROM message"
                        + " WHERE sender_type = 'SYSTEM' AND client_id LIKE 'joined-%' AND conversation_id IN (<ids>)")
                .bindList("ids", ids).map(LINE).list());
        takeSeqs(handle, applied, linesBefore);
        joinAsOwners(handle, applied);
        Map<Long, Conversation> after = new HashMap<>();
        handle.createQuery("SELECT " + ConversationStore.PLAIN_COLUMNS + " FROM conversation WHERE id IN (<ids>)")
                .bindList("ids", ids).map(ConversationRows.CONVERSATIONS).map(ConversationRows.ConversationRow::toConversation)
                .forEach(conversation -> after.put(conversation.id(), conversation));
        Map<Long, Set<Long>> participants = new HashMap<>();
        handle.createQuery("SELECT conversation_id, agent_id FROM conversation_participant WHERE left_at IS NULL AND conversation_id IN (<ids>)")
                .bindList("ids", ids).map(PARTICIPANT)
                .forEach(p -> participants.computeIfAbsent(p.conversationId(), id -> new HashSet<>()).add(p.agentId()));

        List<Assigned> assigned = new ArrayList<>();
        PreparedBatch lines = handle.prepareBatch("""
                INSERT INTO message (conversation_id, seq, client_id, sender_type, kind, body, event_json, created_at)
                VALUES (:c, :seq, :client, :sender, :kind, :body, :event, :at)""");
        for (WorkClient.Assignment assignment : applied) {
            Conversation conversation = ConversationStore.withRouting(after.get(assignment.itemId()), assignment.reasons());
            ChatMessage joined = null;
            if (!linesBefore.contains(joinedLine(assignment))) {
                // the conversation took the next seq for this line in takeSeqs, and its counter stays locked until commit
                ChatEvent event = ChatEvent.joined(assignment.agentName());
                joined = new ChatMessage(conversation.id(), conversation.lastSeq(), joinedLine(assignment).clientId(), SenderType.SYSTEM, null, null,
                        MessageKind.EVENT, event.english(), assignment.at(), null, event);
                lines.bind("c", joined.conversationId()).bind("seq", joined.seq()).bind("client", joined.clientId())
                        .bind("sender", SenderType.SYSTEM.name()).bind("kind", MessageKind.EVENT.name()).bind("body", joined.body())
                        .bind("event", ConversationStore.json(event)).bind("at", joined.createdAt()).add();
            }
            assigned.add(new Assigned(assignment, conversation, participants.getOrDefault(conversation.id(), Set.of()), joined));
        }
        if (lines.size() > 0) {
            lines.execute();
        }
        return assigned;
    }

    /** The "joined" line of an owner: one per agent and chat, however often they come back to it. */
    private static Line joinedLine(WorkClient.Assignment assignment) {
        return new Line(assignment.itemId(), "joined-" + assignment.agentId());
    }

    /** The chats that get a "joined" line take its seq (locking their counters until commit). */
    private static void takeSeqs(Handle handle, List<WorkClient.Assignment> applied, Set<Line> linesBefore) {
        // counters in ascending conversation order, as the message writer locks them: the two cannot deadlock
        TreeSet<Long> lines = new TreeSet<>();
        for (WorkClient.Assignment assignment : applied) {
            if (!linesBefore.contains(joinedLine(assignment))) {
                lines.add(assignment.itemId());
            }
        }
        if (!lines.isEmpty()) {
            PreparedBatch seqs = handle.prepareBatch("UPDATE conversation_seq SET last_seq = last_seq + 1 WHERE conversation_id = :id");
            lines.forEach(id -> seqs.bind("id", id).add());
            seqs.execute();
        }
    }

    /** The owner joins the chat, or returns to it (a chat transferred back to its group may come back to them). */
    private static void joinAsOwners(Handle handle, List<WorkClient.Assignment> applied) {
        PreparedBatch rejoin = handle.prepareBatch("UPDATE conversation_participant SET role = 'OWNER', joined_at = :at, left_at = NULL"
                + " WHERE conversation_id = :c AND agent_id = :a");
        applied.forEach(a -> rejoin.bind("at", a.at()).bind("c", a.itemId()).bind("a", a.agentId()).add());
        int[] rejoined = rejoin.execute();
        PreparedBatch join = handle.prepareBatch("INSERT INTO conversation_participant (conversation_id, agent_id, role, joined_at)"
                + " VALUES (:c, :a, 'OWNER', :at)");
        for (int i = 0; i < rejoined.length; i++) {
            WorkClient.Assignment a = applied.get(i);
            if (rejoined[i] == 0) {
                join.bind("c", a.itemId()).bind("a", a.agentId()).bind("at", a.at()).add();
            }
        }
        if (join.size() > 0) {
            join.execute();
        }
    }
}
