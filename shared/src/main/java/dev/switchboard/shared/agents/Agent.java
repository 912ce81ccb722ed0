package dev.switchboard.shared.agents;

import java.util.List;
import java.util.Map;

/**
 * An account of the workstation as every agent sees it. Never carries credentials.
 *
 * @param skills the agent's skill (1 to 10) in each of their groups, by group id
 * @param statusReasonId the {@link AwayReason} the agent gave for being AWAY; null for none
 * @param avatar the tag of the agent's picture ({@code GET /api/v1/agents/{id}/avatar}), new with every
 *               picture; null while they have none
 * @param accountVersion raised by every change of what administrators and the agent set (name, role,
 *               groups, skills, chat limit, enabled, picture), but not by the agent's status: what an editor
 *               names in {@link AgentPatch#accountVersion} (the {@code version} rises with every change, for sync)
 */
public record Agent(
        long id,
        String login,
        String displayName,
        Role role,
        List<Long> groupIds,
        Map<Long, Integer> skills,
        int maxChats,
        AgentStatus status,
        boolean enabled,
        long version,
        Long statusReasonId,
        String avatar,
        long accountVersion) {

    public Agent {
        groupIds = List.copyOf(groupIds);
        // absent in what older backends and caches hold
        skills = skills == null ? Map.of() : Map.copyOf(skills);
    }

    /** An agent without a picture, as backends before pictures and account versions described one. */
    public Agent(long id, String login, String displayName, Role role, List<Long> groupIds, Map<Long, Integer> skills, int maxChats,
                 AgentStatus status, boolean enabled, long version, Long statusReasonId) {
        this(id, login, displayName, role, groupIds, skills, maxChats, status, enabled, version, statusReasonId, null, 0);
    }

    /** An agent without an away reason. */
    public Agent(long id, String login, String displayName, Role role, List<Long> groupIds, Map<Long, Integer> skills, int maxChats,
                 AgentStatus status, boolean enabled, long version) {
        this(id, login, displayName, role, groupIds, skills, maxChats, status, enabled, version, null, null, 0);
    }

    /** An agent whose skills are not known (or not of interest): every group at its default. */
    public Agent(long id, String login, String displayName, Role role, List<Long> groupIds, int maxChats, AgentStatus status,
                 boolean enabled, long version) {
        this(id, login, displayName, role, groupIds, Map.of(), maxChats, status, enabled, version, null, null, 0);
    }
}
