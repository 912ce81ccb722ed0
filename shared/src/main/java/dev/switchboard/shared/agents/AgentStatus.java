package dev.switchboard.shared.agents;

/**
 * Presence of an agent. {@link #OFFLINE} is never chosen: the backend sets it when the agent's
 * last workstation disconnects.
 */
public enum AgentStatus {
    ONLINE,
    BUSY,
    AWAY,
    OFFLINE;

    /** The statuses an agent can pick in the workstation. */
    public boolean isSelectable() {
        return this != OFFLINE;
    }
}
