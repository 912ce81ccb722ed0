package dev.switchboard.shared.agents;

import java.util.List;

/** Body of {@code POST /api/v1/agents}. {@code groupIds} and {@code maxChats} may be omitted. */
public record NewAgent(
        String login,
        String displayName,
        String password,
        Role role,
        List<Long> groupIds,
        Integer maxChats) {
}
