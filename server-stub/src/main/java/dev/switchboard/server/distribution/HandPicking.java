package dev.switchboard.server.distribution;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.problem.ProblemType;
import java.time.Instant;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Whether an agent may be given a waiting item by hand ({@link HandPick}): they must be connected
 * (not OFFLINE) and enabled; an agent picking for themselves must be in the item's group, not be
 * held from new work ({@link AgentHolds}) and have room below their capacity. A supervisor who assigns decides about capacity knowingly. Runs under
 * the queue's decision lock, so the load read here is the one the assignment counts against.
 */
final class HandPicking {

    /** The agent's row as the check needs it; public because Jdbi's mapper builds it. */
    public record Candidate(String displayName, AgentStatus status, int capacity) {
    }

    private static final RowMapper<Candidate> CANDIDATE = RecordMapper.of(Candidate.class);

    private HandPicking() {
    }

    /** Answers the agent's display name, or refuses: 404 for an unknown or disabled agent, 403 outside their groups, 409 otherwise. */
    static String check(Handle handle, WorkKind kind, WorkStore store, WorkItem item, long agentId, HandPick pick, Instant now) {
        Candidate agent = handle.createQuery("SELECT display_name, status, " + kind.capacityColumn() + " AS capacity FROM agent"
                        + " WHERE id = :id AND enabled").bind("id", agentId).map(CANDIDATE).findOne()
                .orElseThrow(() -> ApiException.notFound("agent " + agentId));
        if (agent.status() == AgentStatus.OFFLINE) {
            throw new ApiException(ProblemType.CONFLICT, agent.displayName() + " is not connected");
        }
        if (!pick.byTheAgent()) {
            return agent.displayName();
        }
        Set<Long> groups = RoutingSnapshot.memberships(handle).getOrDefault(agentId, Set.of());
        if (!groups.contains(item.groupId())) {
            throw new ApiException(ProblemType.FORBIDDEN, "this " + kind.name() + " waits in a group you are not in");
        }
        if (AgentHolds.isHeld(handle, agentId, now)) {
            // the same hold that keeps routing from them (a required wrap-up still owed): picking by hand is no way around it
            throw new ApiException(ProblemType.CONFLICT, "finish your after-chat work (the wrap-up you owe) before taking another " + kind.name());
        }
        int load = store.load(handle).getOrDefault(agentId, 0);
        if (load >= agent.capacity()) {
            throw new ApiException(ProblemType.CONFLICT, "you are at your " + kind.name() + " limit (" + load + "/" + agent.capacity() + ")");
        }
        return agent.displayName();
    }
}
