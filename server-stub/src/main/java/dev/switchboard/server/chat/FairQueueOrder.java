package dev.switchboard.server.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The queue's serving order across client addresses: highest priority first, then turns (the
 * longest-waiting chat of every address before the second of any, within a group and priority),
 * then the longest waiting. One address starting many chats therefore cannot push back those of
 * others (ADR 0007). Computed in Java in one pass, not by the database: the queue is read several
 * times a second and a window function over it cost H2 far more than the rest of a read.
 */
final class FairQueueOrder {

    private FairQueueOrder() {
    }

    /** A waiting chat and the client address it was started from (null for chats older than the column). */
    record FromAddress(ConversationStore.Waiting waiting, String address) {
    }

    /** An address's chats waiting in one group at one priority, and how many of them are older than a given chat. */
    public record AddressCount(String address, int waiting, int older) {
    }

    /** Whose turn a chat is: the chats of one address in one group's queue at one priority. */
    private record Tier(Long groupId, int priority, String address) {
    }

    /** @param byPriorityThenAge the chats, highest priority first, then the longest waiting */
    static List<ConversationStore.Waiting> servingOrder(List<FromAddress> byPriorityThenAge) {
        Map<Tier, Integer> turnsTaken = new HashMap<>();
        List<Map.Entry<Integer, ConversationStore.Waiting>> turns = new ArrayList<>(byPriorityThenAge.size());
        for (FromAddress chat : byPriorityThenAge) {
            ConversationStore.Waiting waiting = chat.waiting();
            int turn = turnsTaken.merge(new Tier(waiting.conversation().groupId(), waiting.priority(), chat.address()), 1, Integer::sum);
            turns.add(Map.entry(turn, waiting));
        }
        // a stable sort: chats of the same priority and turn stay longest waiting first
        turns.sort(Comparator.comparingInt((Map.Entry<Integer, ConversationStore.Waiting> e) -> -e.getValue().priority())
                .thenComparingInt(Map.Entry::getKey));
        return turns.stream().map(Map.Entry::getValue).toList();
    }

    /**
     * How many chats of the same group and priority are served before a chat from {@code address}:
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
