package dev.switchboard.server.agents;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.ProblemType;
import org.jdbi.v3.core.Handle;

/**
 * Who runs a group (ADR 0021): administrators every group; a supervisor the groups they are a
 * member of. Running a group is changing how it works (strategy, time-outs, skills, business hours,
 * wrap-up, automatic messages); what it is and who is in it (name, description, members), creating
 * and deleting groups stay with administrators. Every service that changes a group's way of working
 * asks here, in its own transaction.
 */
public final class GroupSupervision {

    private GroupSupervision() {
    }

    public static boolean runs(Handle handle, Principal caller, long groupId) {
        if (caller.role() == Role.ADMIN) {
            return true;
        }
        return caller.role() == Role.SUPERVISOR && handle.createQuery(
                        "SELECT COUNT(*) FROM agent_group_member WHERE agent_id = :agent AND group_id = :group")
                .bind("agent", caller.agentId()).bind("group", groupId).mapTo(Long.class).one() > 0;
    }

    /** Refuses (403) unless the caller runs the group; call after making sure the group exists (404 first). */
    public static void require(Handle handle, Principal caller, long groupId) {
        caller.require(Role.SUPERVISOR);
        if (!runs(handle, caller, groupId)) {
            throw new ApiException(ProblemType.FORBIDDEN, "only an administrator or a supervisor of group " + groupId + " changes how it works");
        }
    }
}
