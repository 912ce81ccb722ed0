package dev.switchboard.shared.chat;

/** Where a conversation stands: waiting for an agent, being served, or over. */
public enum ConversationStatus {
    QUEUED,
    ACTIVE,
    ENDED
}
