package dev.switchboard.app.internalchat;

import java.time.Instant;

/**
 * A message the agent wrote to colleagues that the server has not acknowledged yet: kept in the
 * cache's outbox and sent again until it is stored, or refused ({@code failure}, kept so the text
 * is not lost).
 *
 * @param sharedChatId a visitor chat shared with it, or null; {@code sharedLabel} is what its link shows
 */
public record TeamOutgoing(String clientId, long conversationId, String text, Long sharedChatId, String sharedLabel, Instant createdAt,
                           String failure) {

    public boolean failed() {
        return failure != null;
    }

    TeamOutgoing refused(String reason) {
        return new TeamOutgoing(clientId, conversationId, text, sharedChatId, sharedLabel, createdAt, reason);
    }
}
