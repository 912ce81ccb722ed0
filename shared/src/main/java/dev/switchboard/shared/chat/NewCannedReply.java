package dev.switchboard.shared.chat;

/**
 * Body of {@code POST}/{@code PUT /api/v1/canned-replies}: without {@code groupId} the reply is
 * personal. A reply keeps the scope it was created in; {@code category} may be null.
 */
public record NewCannedReply(Long groupId, String shortcut, String title, String body, String category) {
}
