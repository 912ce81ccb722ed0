package dev.switchboard.shared.chat;

import java.time.Instant;

/**
 * One visitor waiting in a group's queue, as agents see it in {@code chat.queue} and
 * {@code GET /api/v1/queue}.
 *
 * @param visitorName  the name the visitor gave in the pre-chat form, or null
 * @param waitingSince when the chat started waiting (its start)
 * @param priority     higher is served first (e.g. VIP); 0 normally
 */
public record QueuedChat(long conversationId, String visitorId, String visitorName, Instant waitingSince, int priority) {
}
