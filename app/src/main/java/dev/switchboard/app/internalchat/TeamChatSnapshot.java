package dev.switchboard.app.internalchat;

import java.util.List;
import java.util.Optional;

/**
 * The agent's conversations with colleagues at one moment, the most recently active first, and
 * their unread messages in all (the navigation's badge). Immutable.
 */
public record TeamChatSnapshot(List<TeamThread> threads, int unread) {

    public static final TeamChatSnapshot EMPTY = new TeamChatSnapshot(List.of(), 0);

    public TeamChatSnapshot {
        threads = List.copyOf(threads);
    }

    public Optional<TeamThread> thread(long conversationId) {
        return threads.stream().filter(thread -> thread.id() == conversationId).findFirst();
    }
}
