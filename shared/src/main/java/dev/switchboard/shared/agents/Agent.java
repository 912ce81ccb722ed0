package dev.switchboard.shared.agents;

import java.util.List;

/** An account of the workstation as every agent sees it. Never carries credentials. */
public record Agent(
        long id,
        String login,
        String displayName,
        Role role,
        List<Long> groupIds,
        int maxChats,
        AgentStatus status,
        boolean enabled,
        long version) {

    public Agent {
        groupIds = List.copyOf(groupIds);
    }
}
