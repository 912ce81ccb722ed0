package dev.switchboard.shared.chat;

/**
 * How much an agent holds now ({@code GET /api/v1/workload}): chats they own or are offered
 * ({@code load}) against their chat limit ({@code capacity}).
 */
public record AgentWorkload(long agentId, int load, int capacity) {
}
