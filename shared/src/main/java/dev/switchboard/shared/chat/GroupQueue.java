package dev.switchboard.shared.chat;

import java.time.Instant;
import java.util.List;

/**
 * The waiting queue of one group: how many wait (exact), since when the longest has waited
 * (null when nobody waits), and the first of them in serving order (at most
 * {@link #MAX_CHATS_LISTED}).
 */
public record GroupQueue(long groupId, String groupName, int waiting, Instant longestWaitingSince, List<QueuedChat> chats) {

    /** Chats listed per group; {@code waiting} still counts all of them. */
    public static final int MAX_CHATS_LISTED = 50;

    public GroupQueue {
        chats = List.copyOf(chats);
    }
}
