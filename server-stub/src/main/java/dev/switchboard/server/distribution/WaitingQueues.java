package dev.switchboard.server.distribution;

import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.GroupQueue;
import dev.switchboard.shared.chat.QueueSnapshot;
import dev.switchboard.shared.chat.QueuedChat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agents' view of the waiting queues, built in one pass over the waiting items. Pure, so the
 * feed and the REST answer agree and it is tested without a network.
 */
final class WaitingQueues {

    private WaitingQueues() {
    }

    /**
     * Every group's queue, in group id order, empty groups included. {@code queue} is in serving
     * order; items not routed to a group yet are left out (they are in no queue).
     */
    static Map<Long, GroupQueue> byGroup(List<WorkItem> queue, Map<Long, String> groupNames) {
        Map<Long, List<WorkItem>> waiting = new LinkedHashMap<>();
        groupNames.keySet().forEach(id -> waiting.put(id, new ArrayList<>()));
        for (WorkItem item : queue) {
            Long group = item.groupId();
            if (group != null && waiting.containsKey(group)) {
                waiting.get(group).add(item);
            }
        }
        Map<Long, GroupQueue> groups = new LinkedHashMap<>();
        waiting.forEach((id, chats) -> groups.put(id, groupQueue(id, groupNames.get(id), chats)));
        return groups;
    }

    /** The groups an agent may see: their own; supervisors and administrators see every group. */
    static QueueSnapshot visibleTo(Role role, Set<Long> memberOf, Map<Long, GroupQueue> groups) {
        boolean all = role.atLeast(Role.SUPERVISOR);
        return new QueueSnapshot(groups.values().stream().filter(group -> all || memberOf.contains(group.groupId())).toList());
    }

    private static GroupQueue groupQueue(long id, String name, List<WorkItem> items) {
        Instant longest = null;
        List<QueuedChat> listed = new ArrayList<>();
        for (WorkItem item : items) {
            if (longest == null || item.arrivedAt().isBefore(longest)) {
                longest = item.arrivedAt();
            }
            if (listed.size() < GroupQueue.MAX_CHATS_LISTED) {
                listed.add(new QueuedChat(item.id(), item.requesterId(), item.requesterName(), item.arrivedAt(), item.priority()));
            }
        }
        return new GroupQueue(id, name, items.size(), longest, listed);
    }
}
