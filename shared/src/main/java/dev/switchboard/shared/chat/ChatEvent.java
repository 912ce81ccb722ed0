package dev.switchboard.shared.chat;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an event line of a chat means, so that every client can say it in its reader's language;
 * the message's {@code body} keeps an English sentence for clients that do not know the type.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatEvent(ChatEventType type, String agentName, String groupName) {

    public static ChatEvent joined(String agentName) {
        return new ChatEvent(ChatEventType.JOINED, agentName, null);
    }

    public static ChatEvent assistJoined(String agentName) {
        return new ChatEvent(ChatEventType.ASSIST_JOINED, agentName, null);
    }

    public static ChatEvent transferredToAgent(String agentName) {
        return new ChatEvent(ChatEventType.TRANSFERRED, agentName, null);
    }

    public static ChatEvent transferredToGroup(String groupName) {
        return new ChatEvent(ChatEventType.TRANSFERRED, null, groupName);
    }

    /** {@code agentName}: who ended the chat, null for the visitor. */
    public static ChatEvent ended(String agentName) {
        return new ChatEvent(ChatEventType.ENDED, agentName, null);
    }

    /** The English sentence stored as the event message's body. */
    public String english() {
        return switch (type) {
            case JOINED -> agentName + " joined the chat";
            case ASSIST_JOINED -> agentName + " joined to help";
            case TRANSFERRED -> "The chat was transferred to " + (agentName != null ? agentName : groupName);
            case ENDED -> "The chat has ended";
        };
    }
}
