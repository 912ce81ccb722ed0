package dev.switchboard.shared.agents;

/** Payload of the {@code status.set} WebSocket message. */
public record StatusChange(AgentStatus status) {
}
