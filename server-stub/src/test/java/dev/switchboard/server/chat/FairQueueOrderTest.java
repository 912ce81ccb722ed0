package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FairQueueOrderTest {

    static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void addressesTakeTurnsWithinAPriorityAndHigherPrioritiesStillComeFirst() {
        List<FairQueueOrder.FromAddress> queue = new ArrayList<>();
        queue.add(chat(9, 5, "vip.example"));
        for (long id = 1; id <= 4; id++) {
            queue.add(chat(id, 0, "flood"));
        }
        queue.add(chat(5, 0, "customer"));
        queue.add(chat(6, 0, null));
        List<Long> order = FairQueueOrder.servingOrder(queue).stream().map(w -> w.conversation().id()).toList();
        assertThat(order).containsExactly(9L, 1L, 5L, 6L, 2L, 3L, 4L);
    }

    /** The count the database answers for one new chat agrees with the order the whole queue is served in. */
    @Test
    void theCountAheadOfAChatAgreesWithTheServingOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<FairQueueOrder.FromAddress> queue = new ArrayList<>();
            int size = 1 + random.nextInt(40);
            for (long id = 1; id <= size; id++) {
                String address = random.nextInt(5) == 0 ? null : "a" + random.nextInt(4);
                queue.add(chat(id, random.nextInt(3) == 0 ? 1 : 0, address));
            }
            queue.sort(Comparator.comparingInt((FairQueueOrder.FromAddress c) -> -c.waiting().priority())
                    .thenComparingLong(c -> c.waiting().conversation().id()));
            List<ConversationStore.Waiting> served = FairQueueOrder.servingOrder(queue);
            for (FairQueueOrder.FromAddress chat : queue) {
                int priority = chat.waiting().priority();
                long id = chat.waiting().conversation().id();
                int higher = (int) queue.stream().filter(c -> c.waiting().priority() > priority).count();
                List<FairQueueOrder.AddressCount> tier = queue.stream().filter(c -> c.waiting().priority() == priority)
                        .map(FairQueueOrder.FromAddress::address).distinct()
                        .map(address -> new FairQueueOrder.AddressCount(address,
                                (int) queue.stream().filter(c -> c.waiting().priority() == priority && Objects.equals(c.address(), address)).count(),
                                (int) queue.stream().filter(c -> c.waiting().priority() == priority && Objects.equals(c.address(), address)
                                        && c.waiting().conversation().id() < id).count()))
                        .toList();
                int index = served.indexOf(chat.waiting());
                assertThat(higher + FairQueueOrder.aheadInTier(chat.address(), tier)).as("chat %d of round %d", id, round).isEqualTo(index);
            }
        }
    }

    private static FairQueueOrder.FromAddress chat(long id, int priority, String address) {
        Conversation conversation = new Conversation(id, "v" + id, "default", ConversationStatus.QUEUED, 1L, null, Map.of(), 0,
                T0.plusSeconds(id), null, null, null, null);
        return new FairQueueOrder.FromAddress(new ConversationStore.Waiting(conversation, null, null, ",", false, priority), address);
    }
}
