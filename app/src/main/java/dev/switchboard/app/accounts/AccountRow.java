package dev.switchboard.app.accounts;

import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Role;
import java.util.Locale;

/** One account as the Accounts list shows it: a column for each component. */
public record AccountRow(long id, String login, String displayName, Role role, String groups, int maxChats, boolean enabled,
                         AgentStatus status) {

    static AccountRow of(Agent agent, String groups) {
        return new AccountRow(agent.id(), agent.login(), agent.displayName(), agent.role(), groups, agent.maxChats(), agent.enabled(),
                agent.status());
    }

    /** Whether the search text (already lower case) is in the login, the name or a group's name. */
    boolean matches(String search) {
        return search.isEmpty() || login.toLowerCase(Locale.ROOT).contains(search)
                || displayName.toLowerCase(Locale.ROOT).contains(search) || groups.toLowerCase(Locale.ROOT).contains(search);
    }
}
