package dev.switchboard.shared.teamchat;

/** Body of {@code POST /api/v1/team/conversations}: the one-to-one conversation with a colleague, made on first use. */
public record NewDirectConversation(long agentId) {
}
