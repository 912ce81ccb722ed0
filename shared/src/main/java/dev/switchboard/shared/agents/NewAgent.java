package dev.switchboard.shared.agents;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/agents}. {@code groupIds}, {@code maxChats} and {@code skills} may be
 * omitted.
 *
 * @param skills the agent's skill in some of their groups, by group id; a group not named starts at
 *               {@link SkillChange#DEFAULT}
 */
public record NewAgent(
        String login,
        String displayName,
        String password,
        Role role,
        List<Long> groupIds,
        Integer maxChats,
        Map<Long, Integer> skills) {

    /** A new agent starting at the default skill in every group. */
    public NewAgent(String login, String displayName, String password, Role role, List<Long> groupIds, Integer maxChats) {
        this(login, displayName, password, role, groupIds, maxChats, null);
    }
}
