package dev.switchboard.shared.agents;

/**
 * How long one agent spent in one status (and away reason; null for none) within a report's
 * period, in seconds; an interval still open counts up to the time of the report.
 */
public record StatusDuration(long agentId, String displayName, AgentStatus status, Long reasonId, long seconds) {
}
