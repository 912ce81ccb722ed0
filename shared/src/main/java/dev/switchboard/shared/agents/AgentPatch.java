package dev.switchboard.shared.agents;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code PATCH /api/v1/agents/{id}}: every field is optional, an absent (null) field is
 * left as it is. {@code password} resets the password; {@code enabled=false} also revokes every
 * session of the account.
 *
 * @param skills  the agent's skill in some of their groups (after {@code groupIds} applies), by group id
 * @param accountVersion the {@link Agent#accountVersion} the change was made from: when given and the
 *                account has changed since, the change is refused (409) rather than overwrite what
 *                someone else saved; the agent's status changing meanwhile does not count
 */
public record AgentPatch(
        String displayName,
        String password,
        Role role,
        List<Long> groupIds,
        Integer maxChats,
        Boolean enabled,
        Map<Long, Integer> skills,
        Long accountVersion) {

    /** A change that leaves the skills as they are and is applied to whatever version is current. */
    public AgentPatch(String displayName, String password, Role role, List<Long> groupIds, Integer maxChats, Boolean enabled) {
        this(displayName, password, role, groupIds, maxChats, enabled, null, null);
    }
}
