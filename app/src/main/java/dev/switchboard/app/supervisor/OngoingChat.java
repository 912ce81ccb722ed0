package dev.switchboard.app.supervisor;

import dev.switchboard.shared.chat.ConversationStatus;
import java.time.Instant;

/**
 * One ongoing chat on the Supervisor page, immutable: served by an agent ({@code ACTIVE}, since
 * it was assigned) or still waiting in a group's queue ({@code QUEUED}, since it started).
 *
 * @param agentName the serving agent's name; empty while queued
 * @param ownerId   the serving agent; null while queued
 */
public record OngoingChat(long conversationId, String visitorName, String agentName, String groupName, ConversationStatus status,
                          Instant since, Long ownerId) {
}
