package dev.switchboard.shared.ws;

import dev.switchboard.shared.agents.Agent;

/** Payload of {@code welcome}. */
public record Welcome(Agent agent, String serverVersion, int protocol) {
}
