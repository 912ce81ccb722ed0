package dev.switchboard.server.auth;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.ProblemType;

/** Who is calling: an authenticated agent and the session they called with. */
public record Principal(long agentId, String login, Role role, long sessionId) {

    /** Refuses the call unless the caller has at least {@code needed}. Every service method starts with it. */
    public void require(Role needed) {
        if (!role.atLeast(needed)) {
            throw new ApiException(ProblemType.FORBIDDEN, "this needs the " + needed + " role");
        }
    }
}
