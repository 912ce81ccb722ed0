package dev.switchboard.app.supervisor;

import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Role;
import java.util.List;

/** One line of the team table, with group names already resolved. Immutable. */
public record AgentRow(long id, String displayName, String login, Role role, List<String> groups,
                       AgentStatus status, int maxChats, boolean enabled) {

    public AgentRow {
        groups = List.copyOf(groups);
    }

    static AgentRow of(Agent agent, List<String> groupNames) {
        return new AgentRow(agent.id(), agent.displayName(), agent.login(), agent.role(), groupNames,
                agent.status(), agent.maxChats(), agent.enabled());
    }
}
