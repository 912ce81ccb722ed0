package dev.switchboard.shared.chat;

/**
 * Body of {@code POST}/{@code PUT /api/v1/canned-replies}: without {@code groupId} the reply is
 * personal. A reply keeps the scope it was created in; {@code category} may be null. A {@code PUT}
 * carries the {@code version} the reply was read with (409 when it changed meanwhile).
 */
public record NewCannedReply(Long groupId, String shortcut, String title, String body, String category, Long version) {

    /** A new reply (no version: it has none yet). */
    public NewCannedReply(Long groupId, String shortcut, String title, String body, String category) {
        this(groupId, shortcut, title, body, category, null);
    }
}
