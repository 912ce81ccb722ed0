package dev.switchboard.app.alerts;

import dev.switchboard.app.navigation.Destination;

/**
 * Something that needs the agent and stays until it is handled: opened, or handled elsewhere
 * (the chat was read, accepted, ended, or left the queue). One alert per {@code key} at a time; a
 * newer alert with the same key replaces the text of the one shown.
 *
 * @param destination what opening the alert shows (the chat, the queued chat)
 */
public record AgentAlert(String key, AlertKind kind, Destination destination, String text) {
}
