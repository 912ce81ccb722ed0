package dev.switchboard.shared.chat;

/**
 * Body of {@code POST /api/v1/conversations/{id}/messages}: idempotent on {@code clientId};
 * {@code sensitiveConfirmed}: sent although it contains sensitive words (see {@link ChatMessages.Post}).
 */
public record NewMessage(String clientId, String text, Boolean sensitiveConfirmed) {

    public static final int MAX_TEXT = 5000;
    public static final int MAX_CLIENT_ID = 64;

    public NewMessage(String clientId, String text) {
        this(clientId, text, null);
    }
}
