package dev.switchboard.server.distribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The queue's serving order across client addresses (an item's fairness key): highest priority
 * first, then items an agent served before and that came back to the queue (ADR 0013), then turns (the longest-waiting item of every address before the second of any, within a
 * group and priority), then the longest waiting. One address starting many chats therefore cannot
 * push back those of others (ADR 0007). Computed in Java in one pass, not by the database: the
 * queue is read several times a second and a window function over it cost H2 far more than the
 * rest of a read.
 */
final class FairQueueOrder {

    private FairQueueOrder() {
    }

    /**
     * An address's items waiting in one group at one priority, and how many of them are older than
     * a given item. Public: Jdbi's ConstructorMapper builds it from the database's counts.
     */
    public record AddressCount(String address, int waiting, int older) {
    }

    /** Whose turn an item is: the items of one address in one group's queue at one priority. */
    private record Tier(Long groupId, int priority, String address) {
    }

    /**
     * @param byPriorityThenAge the items, highest priority first, then the longest waiting; an item
     *                          without a fairness key (a chat older than the column) is one address
     */
    static List<WorkItem> servingOrder(List<WorkItem> byPriorityThenAge) {
        Map<Tier, Integer> turnsTaken = new HashMap<>();
        List<Map.Entry<Integer, WorkItem>> turns = new ArrayList<>(byPriorityThenAge.size());
        for (WorkItem item : byPriorityThenAge) {
            // one that was served before comes first in its priority, and takes nobody's turn
            int turn = item.returned() ? 0 : turnsTaken.merge(new Tier(item.groupId(), item.priority(), item.fairnessKey()), 1, Integer::sum);
            turns.add(Map.entry(turn, item));
        }
        // a stable sort: items of the same priority and turn stay longest waiting first
        turns.sort(Comparator.comparingInt((Map.Entry<Integer, WorkItem> e) -> -e.getValue().priority())
                .thenComparingInt(Map.Entry::getKey));
        return turns.stream().map(Map.Entry::getValue).toList();
    }

    /**
     * How many items of the same group and priority that were never served are served before an
     * item from {@code address} that was never served either:
     * with its turn t, the earlier t-1 of its own address, and of every other address t when t of
     * theirs are older, else those whose turns come before t.
     */
    static int aheadInTier(String address, List<AddressCount> addresses) {
        int turn = 1 + addresses.stream().filter(a -> Objects.equals(a.address(), address)).mapToInt(AddressCount::older).sum();
        int ahead = turn - 1;
        for (AddressCount other : addresses) {
            if (!Objects.equals(other.address(), address)) {
                ahead += other.older() >= turn ? turn : Math.min(other.waiting(), turn - 1);
            }
        }
        return ahead;
    }
}
