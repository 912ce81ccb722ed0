package dev.switchboard.shared.chat;

/** What an event line of a chat ({@link MessageKind#EVENT}) reports; clients word it in their own language. */
public enum ChatEventType {
    /** An agent took the chat ({@code agentName}). */
    JOINED,
    /** A colleague was brought in to help ({@code agentName}). */
    ASSIST_JOINED,
    /** The chat went to another agent ({@code agentName}) or back to a group's queue ({@code groupName}). */
    TRANSFERRED,
    /** The chat is over; {@code agentName} is the agent who ended it, null when the visitor did. */
    ENDED
}
