package dev.switchboard.server.distribution;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.AgentWorkload;
import dev.switchboard.shared.routing.RoutingStep;
import dev.switchboard.shared.routing.RoutingStepType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * What the engine keeps of one kind's items besides giving them out (ADR 0013): each item's routing
 * history, which the feature adds its handovers to; items whose agent left, put back into their
 * group's queue; and the agents' workload. The writes take the caller's transaction, so a step
 * commits with the change it records. No state of its own.
 */
public final class WorkLedger {

    /** An agent's capacity for the kind; public because Jdbi's mapper builds it. */
    public record Capacity(long agentId, int capacity) {
    }

    private static final RowMapper<Capacity> CAPACITIES = RecordMapper.of(Capacity.class);

    private final WorkKind kind;
    private final Jdbi jdbi;
    private final WorkStore store;
    private final RoutingHistory steps;

    WorkLedger(WorkKind kind, Jdbi jdbi, WorkStore store, RoutingHistory steps) {
        this.kind = kind;
        this.jdbi = jdbi;
        this.store = store;
        this.steps = steps;
    }

    /** Records a step of an item's routing history (a transfer, a take-over, ...) in the caller's transaction. */
    public void record(Handle handle, WorkStep step) {
        steps.record(handle, step);
    }

    /** The routing histories of these items, oldest step first, with the agents' names as they are now. */
    public Map<Long, List<RoutingStep>> history(Handle handle, Collection<Long> itemIds) {
        return steps.read(handle, itemIds);
    }

    /**
     * Puts an item whose agent left back into a group's queue, in the caller's transaction, with the
     * step of its routing history; false when the agent no longer holds it. Submit it to the queue
     * once committed ({@link WorkQueue#submit}).
     */
    public boolean requeue(Handle handle, long itemId, long ownerId, long groupId, RoutingStepType why, Instant at) {
        if (!store.requeue(handle, itemId, ownerId, groupId)) {
            return false;
        }
        steps.record(handle, new WorkStep(itemId, why, null, null, ownerId, groupId, null, at));
        return true;
    }

    /** Every enabled agent's load of this kind (held and offered) against their capacity, by agent id. */
    public List<AgentWorkload> workload(Principal caller) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(handle -> {
            Map<Long, Integer> load = store.load(handle);
            return handle.createQuery("SELECT id AS agent_id, " + kind.capacityColumn() + " AS capacity FROM agent WHERE enabled ORDER BY id")
                    .map(CAPACITIES).map(agent -> new AgentWorkload(agent.agentId(), load.getOrDefault(agent.agentId(), 0), agent.capacity()))
                    .list();
        });
    }
}
