package dev.switchboard.shared.agents;

import java.util.List;

/**
 * Body of {@code PATCH /api/v1/agents/{id}}: every field is optional, an absent (null) field is
 * left as it is. {@code password} resets the password; {@code enabled=false} also revokes every
 * session of the account.
 */
public record AgentPatch(
        String displayName,
        String password,
        Role role,
        List<Long> groupIds,
        Integer maxChats,
        Boolean enabled) {
}
