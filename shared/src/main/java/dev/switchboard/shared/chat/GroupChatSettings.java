package dev.switchboard.shared.chat;

/**
 * How a group takes chats: its routing strategy, how long an agent has to accept an offered
 * chat before it goes to the next one, and how long a visitor waits before being offered to
 * leave a message. Absent (null) fields are left as they are.
 */
public record GroupChatSettings(RoutingStrategy strategy, Integer acceptTimeoutSeconds, Integer maxWaitSeconds) {
}
