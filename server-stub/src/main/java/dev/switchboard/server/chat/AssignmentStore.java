package dev.switchboard.server.chat;

import dev.switchboard.server.distribution.RoutingDecision;
import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.chat.SenderType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * SQL for handing queued chats to agents, many in one transaction and a few statements whatever
 * their number: the conversation's owner, the owner as participant, and the "joined" line in the
 * chat. Callers own the transaction.
 */
final class AssignmentStore {

    /**
     * A routing decision to apply.
     *
     * @param decision why the agent was chosen; null for an accepted offer, which keeps the reasons stored with the offer
     */
    record Assignment(Conversation conversation, long groupId, long agentId, String agentName, RoutingDecision decision, Instant at) {

        String joinedClientId() {
            return "joined-" + agentId;
        }

        /** For the log: the rule that matched, or how the chat came. */
        String why() {
            return decision == null ? "accepted offer" : decision.ruleName();
        }
    }

    /** An applied assignment: the conversation after it, who takes part now, and its "joined" line (null if it had one already). */
    record Assigned(Assignment assignment, Conversation conversation, Set<Long> participants, ChatMessage joined) {
    }

    /** Applies the assignments of chats still queued; a chat ended meanwhile is left out of the answer. */
    List<Assigned> assign(Handle handle, List<Assignment> assignments) {
        List<Long> ids = assignments.stream().map(a -> a.conversation().id()).toList();
        Set<String> linesBefore = new HashSet<>(handle.createQuery("SELECT conversation_id, client_id FROM message"
                        + " WHERE sender_type = 'SYSTEM' AND client_id LIKE 'joined-%' AND conversation_id IN (<ids>)")
                .bindList("ids", ids).map((rs, ctx) -> rs.getLong(1) + "/" + rs.getString(2)).list());
        List<Assignment> applied = takeOwnership(handle, assignments, linesBefore);
        if (applied.isEmpty()) {
            return List.of();
        }
        joinAsOwners(handle, applied);
        saveRoutings(handle, applied);
        List<Long> appliedIds = applied.stream().map(a -> a.conversation().id()).toList();
        Map<Long, Conversation> after = new HashMap<>();
        handle.createQuery("SELECT " + ConversationStore.PLAIN_COLUMNS + " FROM conversation WHERE id IN (<ids>)")
                .bindList("ids", appliedIds).map((rs, ctx) -> ConversationStore.conversation(rs))
                .forEach(conversation -> after.put(conversation.id(), conversation));
        Map<Long, RoutingReasons> reasons = reasons(handle, applied);
        Map<Long, Set<Long>> participants = new HashMap<>();
        handle.createQuery("SELECT conversation_id, agent_id FROM conversation_participant WHERE left_at IS NULL AND conversation_id IN (<ids>)")
                .bindList("ids", appliedIds).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> participants.computeIfAbsent(e.getKey(), id -> new HashSet<>()).add(e.getValue()));

        List<Assigned> assigned = new ArrayList<>();
        PreparedBatch lines = handle.prepareBatch("""
                INSERT INTO message (conversation_id, seq, client_id, sender_type, kind, body, event_json, created_at)
                VALUES (:c, :seq, :client, :sender, :kind, :body, :event, :at)""");
        for (Assignment assignment : applied) {
            Conversation conversation = ConversationStore.withRouting(after.get(assignment.conversation().id()),
                    reasons.get(assignment.conversation().id()));
            ChatMessage joined = null;
            if (!linesBefore.contains(conversation.id() + "/" + assignment.joinedClientId())) {
                // the conversation took the next seq for this line in takeOwnership, and its counter stays locked until commit
                ChatEvent event = ChatEvent.joined(assignment.agentName());
                joined = new ChatMessage(conversation.id(), conversation.lastSeq(), assignment.joinedClientId(), SenderType.SYSTEM, null, null,
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

    /** Makes the agents owners of the chats that are still queued; those that get a "joined" line take its seq (locking it until commit). */
    private static List<Assignment> takeOwnership(Handle handle, List<Assignment> assignments, Set<String> linesBefore) {
        PreparedBatch update = handle.prepareBatch("""
                UPDATE conversation SET status = 'ACTIVE', group_id = :group, owner_id = :agent,
                    assigned_at = :at, offered_to = NULL, offered_at = NULL
                WHERE id = :id AND status = 'QUEUED'""");
        for (Assignment assignment : assignments) {
            update.bind("group", assignment.groupId()).bind("agent", assignment.agentId())
                    .bind("at", assignment.at()).bind("id", assignment.conversation().id()).add();
        }
        int[] updated = update.execute();
        List<Assignment> applied = new ArrayList<>();
        // counters in ascending conversation order, as the message writer locks them: the two cannot deadlock
        TreeSet<Long> lines = new TreeSet<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] > 0) {
                Assignment assignment = assignments.get(i);
                applied.add(assignment);
                if (!linesBefore.contains(assignment.conversation().id() + "/" + assignment.joinedClientId())) {
                    lines.add(assignment.conversation().id());
                }
            }
        }
        if (!lines.isEmpty()) {
            PreparedBatch seqs = handle.prepareBatch("UPDATE conversation_seq SET last_seq = last_seq + 1 WHERE conversation_id = :id");
            lines.forEach(id -> seqs.bind("id", id).add());
            seqs.execute();
        }
        return applied;
    }

    /** The decisions' reasons replace those stored; an accepted offer (no new decision) keeps the offer's. */
    private static void saveRoutings(Handle handle, List<Assignment> applied) {
        List<Assignment> decided = applied.stream().filter(a -> a.decision() != null).toList();
        if (decided.isEmpty()) {
            return;
        }
        handle.createUpdate("DELETE FROM conversation_routing WHERE conversation_id IN (<ids>)")
                .bindList("ids", decided.stream().map(a -> a.conversation().id()).toList()).execute();
        PreparedBatch insert = handle.prepareBatch("INSERT INTO conversation_routing (conversation_id, routing) VALUES (:c, :routing)");
        decided.forEach(a -> insert.bind("c", a.conversation().id()).bind("routing", StoredRouting.json(a.decision())).add());
        insert.execute();
    }

    /**
     * The reasons each chat is shown with: taken from the decision in hand (reading back thousands
     * of stored decisions, each listing every agent considered, cost more than writing them), or
     * for an accepted offer those stored with it.
     */
    private static Map<Long, RoutingReasons> reasons(Handle handle, List<Assignment> applied) {
        Map<Long, RoutingReasons> reasons = new HashMap<>();
        List<Long> accepted = new ArrayList<>();
        for (Assignment a : applied) {
            if (a.decision() == null) {
                accepted.add(a.conversation().id());
            } else {
                RoutingDecision d = a.decision();
                reasons.put(a.conversation().id(), new RoutingReasons(d.ruleId(), d.ruleName(), d.groupId(), d.strategy(), d.agentId().orElse(null),
                        d.candidates().stream().map(c -> new RoutingReasons.Candidate(c.agentId(), c.name(), c.chosen(), c.reason())).toList()));
            }
        }
        if (!accepted.isEmpty()) {
            handle.createQuery("SELECT conversation_id, routing FROM conversation_routing WHERE conversation_id IN (<ids>)")
                    .bindList("ids", accepted).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> reasons.put(e.getKey(), StoredRouting.read(e.getValue())));
        }
        return reasons;
    }

    /** The owner joins the chat, or returns to it (a chat transferred back to its group may come back to them). */
    private static void joinAsOwners(Handle handle, List<Assignment> applied) {
        PreparedBatch rejoin = handle.prepareBatch("UPDATE conversation_participant SET role = 'OWNER', joined_at = :at, left_at = NULL"
                + " WHERE conversation_id = :c AND agent_id = :a");
        applied.forEach(a -> rejoin.bind("at", a.at()).bind("c", a.conversation().id()).bind("a", a.agentId()).add());
        int[] rejoined = rejoin.execute();
        PreparedBatch join = handle.prepareBatch("INSERT INTO conversation_participant (conversation_id, agent_id, role, joined_at)"
                + " VALUES (:c, :a, 'OWNER', :at)");
        for (int i = 0; i < rejoined.length; i++) {
            Assignment a = applied.get(i);
            if (rejoined[i] == 0) {
                join.bind("c", a.conversation().id()).bind("a", a.agentId()).bind("at", a.at()).add();
            }
        }
        if (join.size() > 0) {
            join.execute();
        }
    }
}
