package dev.switchboard.app.alerts;

/**
 * Something that needs the agent and stays until it is handled: opened, or handled elsewhere
 * (the chat was read, accepted, ended, or left the queue). One alert per {@code key} at a time; a
 * newer alert with the same key replaces the text of the one shown.
 *
 * @param conversationId the chat (or the queued chat) it is about
 */
public record AgentAlert(String key, AlertKind kind, long conversationId, String text) {

    /** The key of the alert about a chat's arrival (new, offered, transferred, assist). */
    public static String arrivalKey(long conversationId) {
        return "chat:" + conversationId;
    }

    public static String messageKey(long conversationId) {
        return "message:" + conversationId;
    }

    public static String waitKey(long conversationId) {
        return "wait:" + conversationId;
    }

    /** About a chat the agent takes part in (not a queued one). */
    public boolean aboutOwnChat() {
        return kind != AlertKind.LONG_WAIT;
    }
}
