package dev.switchboard.shared.chat;

/** An agent's own chat settings: take offered chats at once, or accept each one. */
public record ChatPreferences(boolean autoAccept) {
}
