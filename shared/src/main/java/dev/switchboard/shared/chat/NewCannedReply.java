package dev.switchboard.shared.chat;

/** Body of {@code POST}/{@code PUT /api/v1/canned-replies}: without {@code groupId} the reply is personal. */
public record NewCannedReply(Long groupId, String shortcut, String title, String body) {
}
