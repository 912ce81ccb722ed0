package dev.switchboard.server.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FairQueueOrderTest {

    static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void addressesTakeTurnsWithinAPriorityAndHigherPrioritiesStillComeFirst() {
        List<WorkItem> queue = new ArrayList<>();
        queue.add(chat(9, 5, "vip.example"));
        for (long id = 1; id <= 4; id++) {
            queue.add(chat(id, 0, "flood"));
        }
        queue.add(chat(5, 0, "customer"));
        queue.add(chat(6, 0, null));
        List<Long> order = FairQueueOrder.servingOrder(queue).stream().map(WorkItem::id).toList();
        assertThat(order).containsExactly(9L, 1L, 5L, 6L, 2L, 3L, 4L);
    }

    /** The count the database answers for one new chat agrees with the order the whole queue is served in. */
    @Test
    void theCountAheadOfAChatAgreesWithTheServingOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<WorkItem> queue = new ArrayList<>();
            int size = 1 + random.nextInt(40);
            for (long id = 1; id <= size; id++) {
                String address = random.nextInt(5) == 0 ? null : "a" + random.nextInt(4);
                queue.add(chat(id, random.nextInt(3) == 0 ? 1 : 0, address));
            }
            queue.sort(Comparator.comparingInt((WorkItem c) -> -c.priority())
                    .thenComparingLong(WorkItem::id));
            List<WorkItem> served = FairQueueOrder.servingOrder(queue);
            for (WorkItem chat : queue) {
                int priority = chat.priority();
                long id = chat.id();
                int higher = (int) queue.stream().filter(c -> c.priority() > priority).count();
                List<FairQueueOrder.AddressCount> tier = queue.stream().filter(c -> c.priority() == priority)
                        .map(WorkItem::fairnessKey).distinct()
                        .map(address -> new FairQueueOrder.AddressCount(address,
                                (int) queue.stream().filter(c -> c.priority() == priority && Objects.equals(c.fairnessKey(), address)).count(),
                                (int) queue.stream().filter(c -> c.priority() == priority && Objects.equals(c.fairnessKey(), address)
                                        && c.id() < id).count()))
                        .toList();
                int index = served.indexOf(chat);
                assertThat(higher + FairQueueOrder.aheadInTier(chat.fairnessKey(), tier)).as("chat %d of round %d", id, round).isEqualTo(index);
            }
        }
    }

    private static WorkItem chat(long id, int priority, String address) {
        return new WorkItem(id, "v" + id, "default", Map.of(), 1L, priority, address, T0.plusSeconds(id), null, null, Set.of(), false);
    }
}
