package dev.switchboard.server.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.GroupQueue;
import dev.switchboard.shared.chat.QueuedChat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WaitingQueuesTest {

    static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void aLongQueueIsCountedExactlyAndListsItsFirstFiftyInServingOrder() {
        List<WorkItem> queue = new ArrayList<>();
        // serving order: the VIP first although it came last, then by arrival
        queue.add(waiting(100, 1L, T0.plusSeconds(100), 5));
        for (int i = 0; i < 60; i++) {
            queue.add(waiting(i + 1, 1L, T0.plusSeconds(i), 0));
        }
        queue.add(waiting(200, 2L, T0.plusSeconds(7), 0));
        queue.add(waiting(300, null, T0.minusSeconds(60), 0));

        Map<Long, GroupQueue> groups = WaitingQueues.byGroup(queue, names());

        GroupQueue first = groups.get(1L);
        assertThat(first.waiting()).isEqualTo(61);
        assertThat(first.chats()).hasSize(GroupQueue.MAX_CHATS_LISTED);
        assertThat(first.chats().get(0)).isEqualTo(new QueuedChat(100, "v100", "Visitor 100", T0.plusSeconds(100), 5));
        assertThat(first.chats().get(1).conversationId()).isEqualTo(1);
        assertThat(first.longestWaitingSince()).as("the longest wait, not the first listed").isEqualTo(T0);
        assertThat(groups.get(2L).waiting()).isEqualTo(1);
        assertThat(groups.get(3L)).as("an empty group is listed").isEqualTo(new GroupQueue(3, "VIP", 0, null, List.of()));
        assertThat(groups.values().stream().mapToInt(GroupQueue::waiting).sum()).as("a chat not routed yet is in no queue").isEqualTo(62);
    }

    @Test
    void agentsSeeTheirGroupsAndSupervisorsEveryGroup() {
        Map<Long, GroupQueue> groups = WaitingQueues.byGroup(List.of(), names());
        assertThat(WaitingQueues.visibleTo(Role.AGENT, Set.of(1L, 3L), groups).groups()).extracting(GroupQueue::groupId).containsExactly(1L, 3L);
        assertThat(WaitingQueues.visibleTo(Role.AGENT, Set.of(), groups).groups()).isEmpty();
        assertThat(WaitingQueues.visibleTo(Role.SUPERVISOR, Set.of(2L), groups).groups()).hasSize(3);
        assertThat(WaitingQueues.visibleTo(Role.ADMIN, Set.of(), groups).groups()).hasSize(3);
    }

    private static Map<Long, String> names() {
        Map<Long, String> names = new LinkedHashMap<>();
        names.put(1L, "售前 Pre-sales");
        names.put(2L, "售后 After-sales");
        names.put(3L, "VIP");
        return names;
    }

    private static WorkItem waiting(long id, Long group, Instant created, int priority) {
        return new WorkItem(id, "v" + id, "default", Map.of("name", "Visitor " + id), group, priority, null, created, null, null, Set.of(), false);
    }
}
