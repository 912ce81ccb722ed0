package dev.switchboard.server.groups;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What points at a group, for deleting it. Some things must be moved or removed by people first
 * (a deletion is refused while they exist); the group's past is kept without it.
 */
final class GroupReferences {

    /** What refuses a deletion: its name (the problem's field) and how to count it. */
    private record Blocker(String name, String sql) {
    }

    private static final List<Blocker> BLOCKERS = List.of(
            new Blocker("members", "SELECT COUNT(*) FROM agent_group_member WHERE group_id = :id"),
            new Blocker("openChats", "SELECT COUNT(*) FROM conversation WHERE group_id = :id AND status <> 'ENDED'"),
            new Blocker("routingRules", "SELECT COUNT(*) FROM routing_rule WHERE group_id = :id"),
            new Blocker("invitationRules", "SELECT COUNT(*) FROM invitation_rule WHERE group_id = :id"),
            new Blocker("cannedReplies", "SELECT COUNT(*) FROM canned_reply WHERE group_id = :id"),
            // issue 13, SLA: a policy counting in the group's hours, or moving breached tickets to it
            new Blocker("slaPolicies", "SELECT COUNT(*) FROM sla_policy WHERE calendar_group_id = :id OR reassign_group_id = :id"));

    /**
     * Rows that keep the group's past: ended chats and their routing steps stay in the history, the
     * group's team chat stays stored; each loses the group (it shows without one).
     */
    private static final List<String> DETACHED = List.of("conversation", "conversation_routing_history", "team_conversation");

    private GroupReferences() {
    }

    /** Each kind of thing that still points at the group, with how many: {@code members: 2}. */
    static List<FieldError> blockers(Handle handle, long groupId) {
        List<FieldError> found = new ArrayList<>();
        for (Blocker blocker : BLOCKERS) {
            long count = handle.createQuery(blocker.sql()).bind("id", groupId).mapTo(Long.class).one();
            if (count > 0) {
                found.add(new FieldError(blocker.name(), Long.toString(count)));
            }
        }
        return found;
    }

    /** Detaches the group's past from it (no blocker is left: the open chats are gone). */
    static void detachPast(Handle handle, long groupId) {
        for (String table : DETACHED) {
            handle.createUpdate("UPDATE " + table + " SET group_id = NULL WHERE group_id = :id").bind("id", groupId).execute();
        }
    }
}
