package dev.switchboard.shared.chat;

import java.util.List;

/**
 * The waiting queues an agent may see: their own groups' (supervisors and administrators: every
 * group), ordered by group id. Pushed as {@code chat.queue} and answered by {@code GET /api/v1/queue}.
 */
public record QueueSnapshot(List<GroupQueue> groups) {

    public QueueSnapshot {
        groups = List.copyOf(groups);
    }
}
