package dev.switchboard.shared.agents;

/**
 * Payload of the {@code status.set} WebSocket message, and body of {@code PUT /api/v1/agents/{id}/status}
 * (a supervisor sets an agent's status): the status, the {@link AwayReason} for AWAY (optional), and
 * the supervisor's note (kept in the audit log; ignored on the socket).
 */
public record StatusChange(AgentStatus status, Long reasonId, String note) {

    public StatusChange(AgentStatus status) {
        this(status, null, null);
    }

    public StatusChange(AgentStatus status, Long reasonId) {
        this(status, reasonId, null);
    }
}
