package dev.switchboard.shared.chat;

/** Body of {@code POST /api/v1/conversations/{id}/messages}: idempotent on {@code clientId}. */
public record NewMessage(String clientId, String text) {

    public static final int MAX_TEXT = 5000;
    public static final int MAX_CLIENT_ID = 64;
}
