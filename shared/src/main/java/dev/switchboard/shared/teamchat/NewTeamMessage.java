package dev.switchboard.shared.teamchat;

/**
 * Body of {@code POST /api/v1/team/conversations/{id}/messages}, idempotent on {@code clientId}.
 *
 * @param text         1 to 5000 characters; may be empty when sharing a chat
 * @param sharedChatId a visitor chat the sender may read, to share with the conversation; or null
 */
public record NewTeamMessage(String clientId, String text, Long sharedChatId) {
}
