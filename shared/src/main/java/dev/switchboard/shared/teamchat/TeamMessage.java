package dev.switchboard.shared.teamchat;

import java.time.Instant;

/**
 * A message between colleagues. {@code seq} is its place in the conversation (1, 2, 3, ... without
 * gaps); {@code clientId} is the sender's, who may send it again safely.
 *
 * @param senderName the sender's display name
 * @param sharedChat the shared visitor chat of a {@link TeamMessageKind#CHAT_LINK}, else null
 * @param event      what changed in an ad-hoc group, for an {@link TeamMessageKind#EVENT}, else null
 */
public record TeamMessage(long conversationId, long seq, String clientId, long senderId, String senderName, TeamMessageKind kind,
                          String body, SharedChat sharedChat, Instant createdAt, TeamEvent event) {
}
